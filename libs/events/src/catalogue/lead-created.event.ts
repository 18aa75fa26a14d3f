import type { EventDefinition } from '../event-definition';
import { DATE_TIME, NULLABLE_STRING, NULLABLE_UUID, REFERRAL_CODE, UUID } from './schema-fragments';

const LEAD_SOURCES = ['CAMPAIGN', 'WEB_FORM', 'REFERRAL', 'IMPORT', 'MANUAL'] as const;

export interface LeadCreatedPayload {
  leadId: string;
  firstName: string;
  lastName: string;
  companyName: string | null;
  industry: string | null;
  region: string | null;
  source: (typeof LEAD_SOURCES)[number];
  sourceCampaignId: string | null;
  ownerId: string | null;
  score: number;
  createdAt: string;
  /** A loyalty member's referral code given at creation (marketing records the referral); absent or null without one. */
  referralCode?: string | null;
}

export const leadCreated: EventDefinition<'crm.sales.lead.created', LeadCreatedPayload> = {
  type: 'crm.sales.lead.created',
  service: 'sales',
  aggregate: 'lead',
  version: 1,
  description:
    'A lead was captured (by hand, a web form, an import, a referral or a campaign), in status NEW.',
  aggregateIdField: 'leadId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'leadId',
      'firstName',
      'lastName',
      'companyName',
      'industry',
      'region',
      'source',
      'sourceCampaignId',
      'ownerId',
      'score',
      'createdAt',
    ],
    properties: {
      leadId: UUID,
      firstName: { type: 'string' },
      lastName: { type: 'string' },
      companyName: NULLABLE_STRING,
      industry: NULLABLE_STRING,
      region: NULLABLE_STRING,
      source: { type: 'string', enum: LEAD_SOURCES },
      sourceCampaignId: {
        ...NULLABLE_UUID,
        description: 'The marketing campaign the lead came from (source CAMPAIGN).',
      },
      ownerId: NULLABLE_UUID,
      score: { type: 'integer', minimum: 0, maximum: 100 },
      createdAt: DATE_TIME,
      referralCode: REFERRAL_CODE,
    },
  },
  example: {
    leadId: '01950c90-1111-7000-8000-000000000001',
    firstName: 'Jana',
    lastName: 'Krüger',
    companyName: 'Nordlicht Solar AG',
    industry: 'ENERGY',
    region: 'EMEA',
    source: 'CAMPAIGN',
    sourceCampaignId: '01950c90-5555-7000-8000-000000000005',
    ownerId: '01950c80-0000-7000-8000-00000000a11c',
    score: 55,
    createdAt: '2025-02-20T10:00:00.000Z',
  },
};
