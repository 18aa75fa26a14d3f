import { byCustomer, byCustomerId, EVERYONE, type MatrixRow } from './matrix-row';

/** Every role reads loyalty (role-grants.ts); marketers and admins run programmes and points. */
const LOYALTY_READERS = EVERYONE;
const LOYALTY_WRITERS = ['ADMIN', 'MARKETER'] as const;

/** The loyalty and referral rows of the authorization matrix (issue 13 §5, §6). */
export const LOYALTY_ROWS: readonly MatrixRow[] = [
  {
    operation: 'loyaltyProgramme',
    subgraph: 'marketing',
    document: `query ($id: ID!) { loyaltyProgramme(id: $id) { id name } }`,
    variables: (own) => ({ id: own.loyalty.programmeId }),
    resultPath: ['loyaltyProgramme'],
    allowed: LOYALTY_READERS,
  },
  {
    operation: 'loyaltyProgrammes',
    subgraph: 'marketing',
    document: `{ loyaltyProgrammes(first: 5) { edges { node { id } } } }`,
    resultPath: ['loyaltyProgrammes'],
    allowed: LOYALTY_READERS,
  },
  {
    operation: 'createLoyaltyProgramme',
    subgraph: 'marketing',
    document: `mutation { createLoyaltyProgramme(input: { name: "Matrix", currency: "EUR", pointsPerUnit: "1", levelBasis: POINTS }) { id } }`,
    resultPath: ['createLoyaltyProgramme'],
    allowed: LOYALTY_WRITERS,
  },
  {
    operation: 'addLoyaltyCampaignBonus',
    subgraph: 'marketing',
    document: `mutation ($p: ID!, $c: ID!) {
      addLoyaltyCampaignBonus(input: { programmeId: $p, campaignId: $c, pointsMultiplier: "2", startsOn: "2026-01-01", endsOn: "2026-01-31" }) { id }
    }`,
    variables: (own) => ({ p: own.loyalty.programmeId, c: own.campaignId }),
    resultPath: ['addLoyaltyCampaignBonus'],
    allowed: LOYALTY_WRITERS,
  },
  {
    operation: 'enrollCustomer',
    subgraph: 'marketing',
    document: `mutation ($p: ID!, $c: ID!) { enrollCustomer(programmeId: $p, customerId: $c) { id } }`,
    variables: (own) => ({ p: own.loyalty.programmeId, c: own.loyalty.customerToEnrol }),
    resultPath: ['enrollCustomer'],
    allowed: LOYALTY_WRITERS,
  },
  {
    operation: 'redeemPoints',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { redeemPoints(memberId: $id, points: 1, reason: "Matrix") { balance } }`,
    variables: (own) => ({ id: own.loyalty.memberId }),
    resultPath: ['redeemPoints'],
    allowed: LOYALTY_WRITERS,
  },
  {
    operation: 'referralStats',
    subgraph: 'marketing',
    document: `query ($customerId: ID!) { referralStats(customerId: $customerId) { code referred rewarded points } }`,
    variables: byCustomerId,
    resultPath: ['referralStats'],
    allowed: LOYALTY_READERS,
  },
  {
    operation: 'Customer.loyalty',
    subgraph: 'marketing',
    document: `query ($id: ID!) { customer(id: $id) { id loyalty { balance level { name } history(first: 5) { edges { node { kind } } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'loyalty'],
    allowed: LOYALTY_READERS,
  },
  {
    operation: 'Customer.referralCode',
    subgraph: 'marketing',
    document: `query ($id: ID!) { customer(id: $id) { id referralCode } }`,
    variables: byCustomer,
    resultPath: ['customer', 'referralCode'],
    allowed: LOYALTY_READERS,
  },
  {
    operation: 'Customer.referrals',
    subgraph: 'marketing',
    document: `query ($id: ID!) { customer(id: $id) { id referrals { referred rewarded points } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'referrals'],
    allowed: LOYALTY_READERS,
  },
];
