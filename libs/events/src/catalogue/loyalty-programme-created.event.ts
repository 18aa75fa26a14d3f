import { NULL_SCHEMA, type EventDefinition } from '../event-definition';
import { DECIMAL_STRING } from './loyalty-fields.schema';
import { CURRENCY, DATE_TIME, UUID } from './schema-fragments';

export interface LoyaltyLevelFields {
  name: string;
  /** Qualifying points (basis POINTS) or spend in the programme's currency (basis SPEND). */
  threshold: string;
  pointsMultiplier: string;
  quoteDiscountPercent: string;
}

export interface LoyaltyProgrammeCreatedPayload {
  programmeId: string;
  name: string;
  currency: string;
  pointsPerUnit: string;
  levelBasis: 'POINTS' | 'SPEND';
  levels: LoyaltyLevelFields[];
  pointsExpiryMonths: number | null;
  autoEnroll: boolean;
  referralRewardPoints: number;
  createdAt: string;
}

export const loyaltyProgrammeCreated: EventDefinition<
  'crm.marketing.loyalty.programme_created',
  LoyaltyProgrammeCreatedPayload
> = {
  type: 'crm.marketing.loyalty.programme_created',
  service: 'marketing',
  aggregate: 'loyalty',
  version: 1,
  description:
    'A loyalty programme was created: its earning rule (points per currency unit), its levels in ascending order and how long points last.',
  aggregateIdField: 'programmeId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'programmeId',
      'name',
      'currency',
      'pointsPerUnit',
      'levelBasis',
      'levels',
      'pointsExpiryMonths',
      'autoEnroll',
      'referralRewardPoints',
      'createdAt',
    ],
    properties: {
      programmeId: UUID,
      name: { type: 'string', minLength: 1, maxLength: 200 },
      currency: CURRENCY,
      pointsPerUnit: DECIMAL_STRING,
      levelBasis: { type: 'string', enum: ['POINTS', 'SPEND'] },
      levels: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'threshold', 'pointsMultiplier', 'quoteDiscountPercent'],
          properties: {
            name: { type: 'string', minLength: 1 },
            threshold: DECIMAL_STRING,
            pointsMultiplier: DECIMAL_STRING,
            quoteDiscountPercent: DECIMAL_STRING,
          },
        },
      },
      pointsExpiryMonths: {
        anyOf: [{ type: 'integer', minimum: 1 }, NULL_SCHEMA],
        description: 'Each earned lot expires this many months after it was earned; null: never.',
      },
      autoEnroll: {
        type: 'boolean',
        description: "Customers join on their first payment in the programme's currency.",
      },
      referralRewardPoints: { type: 'integer', minimum: 0 },
      createdAt: DATE_TIME,
    },
  },
  example: {
    programmeId: '01950d10-0000-7000-8000-0000000000aa',
    name: 'Nordlicht Rewards',
    currency: 'EUR',
    pointsPerUnit: '1',
    levelBasis: 'POINTS',
    levels: [
      { name: 'Silver', threshold: '0', pointsMultiplier: '1', quoteDiscountPercent: '0' },
      { name: 'Gold', threshold: '1000', pointsMultiplier: '1.5', quoteDiscountPercent: '5' },
    ],
    pointsExpiryMonths: 12,
    autoEnroll: true,
    referralRewardPoints: 250,
    createdAt: '2025-03-01T09:00:00.000Z',
  },
};
