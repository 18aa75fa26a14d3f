import { UUID } from './schema-fragments';

/** Whose points an event is about: every loyalty member event carries these three. */
export interface LoyaltyMemberFields {
  memberId: string;
  programmeId: string;
  customerId: string;
}

export const LOYALTY_MEMBER_PROPERTIES = { memberId: UUID, programmeId: UUID, customerId: UUID } as const;

/** Points are whole numbers; a balance never goes below zero. */
export const POINTS = { type: 'integer', minimum: 0 } as const;

/** Exact decimal as a string, e.g. a multiplier "1.5" or a percentage "5". */
export const DECIMAL_STRING = { type: 'string', pattern: '^\\d{1,15}(\\.\\d{1,4})?$' } as const;

export const LOYALTY_EXAMPLE_MEMBER: LoyaltyMemberFields = {
  memberId: '01950d10-0000-7000-8000-000000000001',
  programmeId: '01950d10-0000-7000-8000-0000000000aa',
  customerId: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d',
};
