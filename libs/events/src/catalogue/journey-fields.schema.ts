import { DATE_TIME, UUID } from './schema-fragments';

/** Who is where in which journey: what every journey run event says. */
export interface JourneyRunFields {
  journeyId: string;
  /** The journey's version the customer runs on (a new version does not move running customers). */
  journeyVersion: number;
  runId: string;
  customerId: string;
  occurredAt: string;
}

export const JOURNEY_RUN_REQUIRED = [
  'journeyId',
  'journeyVersion',
  'runId',
  'customerId',
  'occurredAt',
] as const;

export const JOURNEY_RUN_PROPERTIES = {
  journeyId: UUID,
  journeyVersion: { type: 'integer', minimum: 1 },
  runId: UUID,
  customerId: UUID,
  occurredAt: DATE_TIME,
} as const;

export const JOURNEY_RUN_EXAMPLE: JourneyRunFields = {
  journeyId: '01950f00-0000-7000-8000-000000000001',
  journeyVersion: 1,
  runId: '01950f10-0000-7000-8000-000000000001',
  customerId: '01950c00-0000-7000-8000-000000000001',
  occurredAt: '2026-03-01T09:00:00.000Z',
};
