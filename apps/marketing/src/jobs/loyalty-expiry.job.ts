import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { scopeOfJob } from '@crm/subgraph-kit';
import { expireMemberPoints } from '../changes/loyalty-expiry.changes';
import { EXPIRY_BATCH, membersWithExpiredLots } from '../data/loyalty-ledger.repository';

export const LOYALTY_EXPIRY_JOB = 'marketing.loyalty-expiry';

/** A bound per run: what is left is taken by the next run. */
const MAX_BATCHES = 50;

/** Daily: lots past their expiry lose their unused points, one member per change (issue 13 §5). */
export const loyaltyExpiryJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: LOYALTY_EXPIRY_JOB,
  cron,
  run: async ({ now, jobId }) => {
    const scope = scopeOfJob('marketing', dataSource, systemOrigin(jobId));
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const memberIds = await membersWithExpiredLots(dataSource, now);
      for (const memberId of memberIds) await expireMemberPoints(scope, memberId, now);
      if (memberIds.length < EXPIRY_BATCH) return;
    }
  },
});
