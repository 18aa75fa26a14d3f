import type { JSONSchemaType } from 'ajv';
import { NULL_SCHEMA } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

const INTERACTION_TYPES = ['CALL', 'EMAIL', 'MEETING', 'VISIT', 'SOCIAL_MESSAGE'] as const;
const DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
const OUTCOMES = ['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'FOLLOW_UP_REQUIRED'] as const;

/**
 * A communication record (客户沟通记录) as it stands after a change: what interaction.logged and
 * interaction.updated carry. Names of external participants stay in the customer service.
 */
export interface InteractionFields {
  interactionId: string;
  customerId: string;
  type: (typeof INTERACTION_TYPES)[number];
  direction: (typeof DIRECTIONS)[number];
  occurredAt: string;
  durationMinutes: number | null;
  summary: string;
  outcome: (typeof OUTCOMES)[number] | null;
  /** The customer's contacts who took part. */
  contactIds: string[];
  /** Colleagues who took part, besides the user who logged it. */
  userIds: string[];
  loggedById: string;
  version: number;
}

export const INTERACTION_REQUIRED = [
  'interactionId',
  'customerId',
  'type',
  'direction',
  'occurredAt',
  'durationMinutes',
  'summary',
  'outcome',
  'contactIds',
  'userIds',
  'loggedById',
  'version',
] as const;

export const INTERACTION_PROPERTIES: JSONSchemaType<InteractionFields>['properties'] = {
  interactionId: UUID,
  customerId: UUID,
  type: { type: 'string', enum: INTERACTION_TYPES },
  direction: { type: 'string', enum: DIRECTIONS },
  occurredAt: DATE_TIME,
  durationMinutes: { anyOf: [{ type: 'integer', minimum: 0 }, NULL_SCHEMA], description: 'Minutes.' },
  summary: { type: 'string', minLength: 1, maxLength: 5000 },
  outcome: { anyOf: [{ type: 'string', enum: OUTCOMES }, NULL_SCHEMA] },
  contactIds: { type: 'array', items: UUID, uniqueItems: true },
  userIds: { type: 'array', items: UUID, uniqueItems: true },
  loggedById: { type: 'string', minLength: 1, description: 'The user who logged it.' },
  version: { type: 'integer', minimum: 1 },
};

export const INTERACTION_EXAMPLE: InteractionFields = {
  interactionId: '01950c95-7777-7000-8000-000000000007',
  customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
  type: 'CALL',
  direction: 'OUTBOUND',
  occurredAt: '2025-02-10T14:00:00.000Z',
  durationMinutes: 25,
  summary: 'Walked the purchasing lead through the telematics pilot; they want a quote for 40 vehicles.',
  outcome: 'FOLLOW_UP_REQUIRED',
  contactIds: ['01950c8c-1111-7000-8000-000000000001'],
  userIds: [],
  loggedById: '01950c80-0000-7000-8000-00000000a11c',
  version: 1,
};
