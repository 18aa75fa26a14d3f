import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { runChange, scopeOfJob, type ChangeScope } from '@crm/subgraph-kit';
import { quotesToExpire } from '../data/due-work.repository';
import { Quote } from '../data/quote.entity';
import { todayInUtc } from '../domain/contract-terms';
import { isQuoteToExpire } from '../domain/quote-expiry';
import { quoteExpired } from '../events/quote-expired.event';
import { sweep } from './sweep';

export const QUOTE_EXPIRY_JOB = 'sales.quote-expiry';

/** Writes EXPIRED on an undecided quote past its validity and publishes `quote.expired`. */
export function expireQuote(scope: ChangeScope, id: string, now: Date): Promise<boolean> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Quote, id);
    if (!isQuoteToExpire(before, todayInUtc(now))) return false;
    await change.update(Quote, before, { status: 'EXPIRED' }, { action: 'expireQuote' });
    change.publish(quoteExpired(before, now, change.origin));
    return true;
  });
}

export const quoteExpiryJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: QUOTE_EXPIRY_JOB,
  cron,
  run: async ({ now, jobId }) => {
    const scope = scopeOfJob('sales', dataSource, systemOrigin(jobId));
    await sweep(
      () => quotesToExpire(dataSource, todayInUtc(now)),
      (id) => expireQuote(scope, id, now),
    );
  },
});
