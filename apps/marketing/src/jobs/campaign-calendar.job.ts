import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { scopeOfJob } from '@crm/subgraph-kit';
import { moveCampaignByCalendar } from '../changes/campaign.changes';
import { CALENDAR_BATCH, campaignsDueOnCalendar } from '../data/campaign.repository';
import { dayOf } from '../domain/campaign-lifecycle';

export const CAMPAIGN_CALENDAR_JOB = 'marketing.campaign-calendar';

/** A bound per run: what is left is taken by the next minute's run. */
const MAX_BATCHES = 50;

/**
 * Every minute (MARKETING_CAMPAIGN_CALENDAR_CRON): starts SCHEDULED campaigns whose start day has
 * come and completes ACTIVE ones whose end day is over, by the marketing clock; one change per
 * campaign, so a rerun finds nothing left to move.
 */
export const campaignCalendarJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: CAMPAIGN_CALENDAR_JOB,
  cron,
  run: async ({ now, jobId }) => {
    const scope = scopeOfJob('marketing', dataSource, systemOrigin(jobId));
    const today = dayOf(now);
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const ids = await campaignsDueOnCalendar(dataSource, today);
      let moved = 0;
      for (const id of ids) moved += await moveCampaignByCalendar(scope, id, today);
      if (ids.length < CALENDAR_BATCH || moved === 0) return;
    }
  },
});
