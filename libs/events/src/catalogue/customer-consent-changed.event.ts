import type { EventDefinition } from '../event-definition';
import { DATE_TIME, UUID } from './schema-fragments';

const CONSENT_CHANNELS = ['EMAIL', 'SMS', 'PHONE'] as const;

export interface CustomerConsentChangedPayload {
  customerId: string;
  channel: (typeof CONSENT_CHANNELS)[number];
  granted: boolean;
  /** Where the decision came from, e.g. WEB_FORM: the proof of consent (GDPR Art. 7(1)). */
  source: string;
  changedBy: string;
  changedAt: string;
}

export const customerConsentChanged: EventDefinition<
  'crm.customer.customer.consent_changed',
  CustomerConsentChangedPayload
> = {
  type: 'crm.customer.customer.consent_changed',
  service: 'customer',
  aggregate: 'customer',
  version: 1,
  description:
    'A customer granted or withdrew consent to be contacted on one channel (EMAIL, SMS, PHONE). Marketing must honour it before sending.',
  aggregateIdField: 'customerId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['customerId', 'channel', 'granted', 'source', 'changedBy', 'changedAt'],
    properties: {
      customerId: UUID,
      channel: { type: 'string', enum: CONSENT_CHANNELS },
      granted: { type: 'boolean' },
      source: { type: 'string', minLength: 1, maxLength: 200 },
      changedBy: UUID,
      changedAt: DATE_TIME,
    },
  },
  example: {
    customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
    channel: 'EMAIL',
    granted: true,
    source: 'WEB_FORM',
    changedBy: '01950c80-0000-7000-8000-00000000a11c',
    changedAt: '2025-02-04T10:00:00.000Z',
  },
};
