/** DESIGN §3: a customer is a company (B2B) or a person (B2C), at one lifecycle stage. */
export const CUSTOMER_KINDS = ['COMPANY', 'PERSON'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const LIFECYCLE_STAGES = ['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Every customer enters the lifecycle as a prospect, until a first purchase. */
export const INITIAL_LIFECYCLE_STAGE: LifecycleStage = 'PROSPECT';

/** 客户分级: A is the most valuable; a customer without an evaluation has no tier. */
export const CUSTOMER_TIERS = ['A', 'B', 'C', 'D'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];
