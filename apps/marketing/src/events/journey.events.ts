import { buildEvent, type EventOrigin, type EventPayload } from '@crm/events';
import type { JourneyRun } from '../data/journey-run.entity';

type JourneyRunEventType =
  | 'crm.marketing.journey.entered'
  | 'crm.marketing.journey.step_completed'
  | 'crm.marketing.journey.exited'
  | 'crm.marketing.journey.follow_up_requested';

type Extra<T extends JourneyRunEventType> = Omit<
  EventPayload<T>,
  'journeyId' | 'journeyVersion' | 'runId' | 'customerId' | 'occurredAt'
>;

/** An event of one customer's run, keyed by the journey. */
export function journeyRunEvent<T extends JourneyRunEventType>(
  type: T,
  run: Pick<JourneyRun, 'id' | 'journeyId' | 'journeyVersion' | 'customerId'>,
  at: Date,
  origin: EventOrigin,
  extra: Extra<T>,
) {
  return buildEvent(type, {
    subject: run.journeyId,
    ...origin,
    data: {
      journeyId: run.journeyId,
      journeyVersion: run.journeyVersion,
      runId: run.id,
      customerId: run.customerId,
      occurredAt: at.toISOString(),
      ...extra,
    } as unknown as EventPayload<T>,
  });
}
