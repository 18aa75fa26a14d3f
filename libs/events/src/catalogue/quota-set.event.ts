import type { EventDefinition } from '../event-definition';
import { AMOUNT, CURRENCY, DATE_TIME, NULLABLE_UUID, UUID } from './schema-fragments';

export interface QuotaSetPayload {
  quotaId: string;
  /** Exactly one of userId and teamId is set. */
  userId: string | null;
  teamId: string | null;
  /** 2026-11 (month) or 2026-Q4 (quarter). */
  period: string;
  periodKind: 'MONTH' | 'QUARTER';
  startsOn: string;
  endsOn: string;
  targetAmount: string;
  currency: string;
  version: number;
  setAt: string;
}

export const quotaSet: EventDefinition<'crm.sales.quota.set', QuotaSetPayload> = {
  type: 'crm.sales.quota.set',
  service: 'sales',
  aggregate: 'quota',
  version: 1,
  description:
    "A user's or a team's sales target for a month or quarter was set or replaced (the payload is the quota as it now is).",
  aggregateIdField: 'quotaId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'quotaId',
      'userId',
      'teamId',
      'period',
      'periodKind',
      'startsOn',
      'endsOn',
      'targetAmount',
      'currency',
      'version',
      'setAt',
    ],
    properties: {
      quotaId: UUID,
      userId: NULLABLE_UUID,
      teamId: NULLABLE_UUID,
      period: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$' },
      periodKind: { type: 'string', enum: ['MONTH', 'QUARTER'] },
      startsOn: { type: 'string', format: 'date' },
      endsOn: { type: 'string', format: 'date' },
      targetAmount: AMOUNT,
      currency: CURRENCY,
      version: { type: 'integer', minimum: 1 },
      setAt: DATE_TIME,
    },
  },
  example: {
    quotaId: '01950c95-0000-7000-8000-000000000001',
    userId: '01950c80-0000-7000-8000-00000000a11c',
    teamId: null,
    period: '2026-Q4',
    periodKind: 'QUARTER',
    startsOn: '2026-10-01',
    endsOn: '2026-12-31',
    targetAmount: '90000',
    currency: 'EUR',
    version: 1,
    setAt: '2026-09-20T09:00:00.000Z',
  },
};
