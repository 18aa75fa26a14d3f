import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

const LIFECYCLE_STAGES = ['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'] as const;
type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface CustomerLifecycleChangedPayload {
  customerId: string;
  from: LifecycleStage;
  to: LifecycleStage;
  reason: string;
  /** EVENT: another domain's event caused it (causingEventId); MANUAL: a user's mutation. */
  source: 'EVENT' | 'MANUAL';
  /** The user who made a manual change, or the actor of the causing event. */
  actorId: string;
  causingEventId: string | null;
  changedAt: string;
}

export const customerLifecycleChanged: EventDefinition<
  'crm.customer.customer.lifecycle_changed',
  CustomerLifecycleChangedPayload
> = {
  type: 'crm.customer.customer.lifecycle_changed',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description:
    'A customer moved to another lifecycle stage (PROSPECT → CUSTOMER → REPEAT → LOYAL, AT_RISK, CHURNED), from a purchase event or by hand, with the reason.',
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'from', 'to', 'reason', 'source', 'actorId', 'causingEventId', 'changedAt'],
    properties: {
      customerId: UUID,
      from: { type: 'string', enum: LIFECYCLE_STAGES },
      to: { type: 'string', enum: LIFECYCLE_STAGES },
      reason: { type: 'string', minLength: 1 },
      source: { type: 'string', enum: ['EVENT', 'MANUAL'] },
      actorId: { type: 'string', minLength: 1, description: 'A user id, or "system".' },
      causingEventId: NULLABLE_UUID,
      changedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c90-2222-7000-8000-000000000002',
    from: 'PROSPECT',
    to: 'CUSTOMER',
    reason: 'First purchase',
    source: 'EVENT',
    actorId: '01950c80-0000-7000-8000-00000000a11c',
    causingEventId: '01950c92-7777-7000-8000-000000000007',
    changedAt: '2025-04-20T14:30:01.000Z',
  },
};
