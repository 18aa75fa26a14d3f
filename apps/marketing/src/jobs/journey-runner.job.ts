import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { scopeOfJob } from '@crm/subgraph-kit';
import { enterCalendarJourneys } from '../changes/journey-calendar.changes';
import { advanceJourneyRun } from '../changes/journey-run.changes';
import { dispatchMessage } from '../changes/message-dispatch.changes';
import { dueRunIds } from '../data/journey.repository';
import type { MarketingSettings } from '../marketing-module';
import { jobCron } from './job-cron';

export const JOURNEY_RUNNER_JOB = 'marketing.journey-runner';

/** Runs per pass; what is left is taken by the next pass. */
const BATCH = 500;

/**
 * Every minute: the calendar's journeys take in their audience (once per birthday or schedule
 * slot), then each customer whose journey run is due (just entered, or a wait over) goes as far
 * as their journey lets them now, one run per transaction; the messages it queued are handed to
 * the relay after that commit (the dispatch job retries what fails).
 */
export const journeyRunnerJob = (dataSource: DataSource, settings: MarketingSettings): RecurringJob => ({
  name: JOURNEY_RUNNER_JOB,
  cron: jobCron(settings.env, 'MARKETING_JOURNEY_RUNNER_CRON', '* * * * *'),
  run: async ({ now, jobId }) => {
    const origin = systemOrigin(jobId);
    const dispatcher = { dataSource, ...settings.messaging };
    await enterCalendarJourneys(dataSource, origin, now);
    for (const runId of await dueRunIds(dataSource, now, BATCH)) {
      const queued = await advanceJourneyRun(
        scopeOfJob('marketing', dataSource, origin),
        runId,
        settings.messaging.settings,
        now,
      );
      for (const messageId of queued) {
        await dispatchMessage(dispatcher, messageId, now, origin).catch((error: unknown) =>
          settings.messaging.logger.error(
            { err: error, messageId },
            'dispatching failed; the dispatch job retries it',
          ),
        );
      }
    }
  },
});
