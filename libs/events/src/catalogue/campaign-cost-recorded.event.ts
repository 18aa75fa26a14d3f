import type { EventDefinition } from '../event-definition';
import { NULLABLE_AMOUNT } from './campaign-fields.schema';
import { AMOUNT, CURRENCY, DATE_TIME, UUID } from './schema-fragments';

export interface CampaignCostRecordedPayload {
  campaignId: string;
  costId: string;
  spentOn: string;
  category: string;
  amount: string;
  currency: string;
  /** Every cost line of the campaign so far, this one included. */
  totalCost: string;
  budgetAmount: string | null;
  overBudget: boolean;
  recordedAt: string;
}

export const campaignCostRecorded: EventDefinition<
  'crm.marketing.campaign.cost_recorded',
  CampaignCostRecordedPayload
> = {
  type: 'crm.marketing.campaign.cost_recorded',
  service: 'marketing',
  aggregate: 'campaign',
  version: 1,
  description:
    "An expense of a campaign was recorded (exact money in the campaign's currency), with the total spent and whether it is over budget.",
  aggregateIdField: 'campaignId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'campaignId',
      'costId',
      'spentOn',
      'category',
      'amount',
      'currency',
      'totalCost',
      'budgetAmount',
      'overBudget',
      'recordedAt',
    ],
    properties: {
      campaignId: UUID,
      costId: UUID,
      spentOn: { type: 'string', format: 'date' },
      category: { type: 'string', minLength: 1, maxLength: 100 },
      amount: AMOUNT,
      currency: CURRENCY,
      totalCost: AMOUNT,
      budgetAmount: NULLABLE_AMOUNT,
      overBudget: { type: 'boolean' },
      recordedAt: DATE_TIME,
    },
  },
  example: {
    campaignId: '01950c90-5555-7000-8000-000000000005',
    costId: '01950c90-6666-7000-8000-000000000006',
    spentOn: '2025-03-02',
    category: 'Booth',
    amount: '8000.00',
    currency: 'EUR',
    totalCost: '12500.00',
    budgetAmount: '25000.00',
    overBudget: false,
    recordedAt: '2025-03-02T16:00:00.000Z',
  },
};
