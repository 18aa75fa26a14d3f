import { Journey } from './data/journey.entity';
import { JourneyRun } from './data/journey-run.entity';
import { CreateJourneys1764000004400 } from './data/migrations/1764000004400-create-journeys';
import { AddCalendarJourneyTriggers1764000004410 } from './data/migrations/1764000004410-add-calendar-journey-triggers';
import { journeyTriggerHandlers } from './events/journey-trigger.handlers';
import { journeyRunnerJob } from './jobs/journey-runner.job';
import type { MarketingModule } from './marketing-module';
import { journeyResolvers } from './resolvers/journey.resolvers';

/** Automation journeys: triggers enter customers, the runner takes them step by step (issue 13 §3). */
export const journeyModule: MarketingModule = {
  resolvers: [journeyResolvers],
  entities: [Journey, JourneyRun],
  migrations: [CreateJourneys1764000004400, AddCalendarJourneyTriggers1764000004410],
  eventHandlers: journeyTriggerHandlers,
  jobs: (dataSource, settings) => [journeyRunnerJob(dataSource, settings)],
};
