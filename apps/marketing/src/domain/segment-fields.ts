/**
 * What a segment rule may test: every attribute of marketing's customer projection, with the
 * column it reads and its type. The compiler takes column names only from here, so a rule tree
 * names fields, never SQL (issue 13 §2).
 */
export const CUSTOMER_KINDS = ['COMPANY', 'PERSON'] as const;
export const CUSTOMER_TIERS = ['A', 'B', 'C', 'D'] as const;
export const LIFECYCLE_STAGES = ['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'] as const;

export type FieldType = 'enum' | 'text' | 'tags' | 'boolean' | 'integer' | 'money' | 'date';

export interface SegmentField {
  type: FieldType;
  /** The SQL expression of the attribute on the profile row `p`. */
  column: string;
  /** The allowed values of an enum field. */
  values?: readonly string[];
  /** Bounds of an integer field. */
  min?: number;
  max?: number;
}

export const SEGMENT_FIELDS = {
  kind: { type: 'enum', column: 'p.kind', values: CUSTOMER_KINDS },
  region: { type: 'text', column: 'p.region' },
  industry: { type: 'text', column: 'p.industry' },
  tags: { type: 'tags', column: 'p.tags' },
  tier: { type: 'enum', column: 'p.tier', values: CUSTOMER_TIERS },
  lifecycle: { type: 'enum', column: 'p.lifecycle', values: LIFECYCLE_STAGES },
  emailConsent: { type: 'boolean', column: 'p.email_consent' },
  smsConsent: { type: 'boolean', column: 'p.sms_consent' },
  phoneConsent: { type: 'boolean', column: 'p.phone_consent' },
  // Revenue is kept per currency (exact decimals, never converted): a condition names its currency.
  revenue: { type: 'money', column: 'p.revenue' },
  orderCount: { type: 'integer', column: 'p.order_count', min: 0, max: 1_000_000_000 },
  lastOrderAt: { type: 'date', column: 'p.last_order_at' },
  csat: { type: 'integer', column: 'p.csat', min: 1, max: 5 },
} as const satisfies Record<string, SegmentField>;

export type SegmentFieldName = keyof typeof SEGMENT_FIELDS;
export const SEGMENT_FIELD_NAMES = Object.keys(SEGMENT_FIELDS) as SegmentFieldName[];

/** The operators each type of field takes. */
export const OPERATORS_BY_TYPE = {
  enum: ['eq', 'in', 'notIn', 'isSet'],
  text: ['eq', 'in', 'notIn', 'isSet'],
  tags: ['contains', 'isSet'],
  boolean: ['eq'],
  integer: ['eq', 'gt', 'gte', 'lt', 'lte', 'between', 'isSet'],
  money: ['eq', 'gt', 'gte', 'lt', 'lte', 'between'],
  date: ['gt', 'gte', 'lt', 'lte', 'between', 'olderThanDays', 'withinDays', 'isSet'],
} as const satisfies Record<FieldType, readonly string[]>;

export type SegmentOperator = (typeof OPERATORS_BY_TYPE)[FieldType][number];
