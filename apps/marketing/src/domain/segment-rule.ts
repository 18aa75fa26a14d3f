import type { SegmentFieldName, SegmentOperator } from './segment-fields';

/**
 * A dynamic segment's rule: AND/OR groups of conditions on the customer projection's attributes,
 * e.g. `{ combinator: 'AND', conditions: [{ field: 'tier', operator: 'in', values: ['A', 'B'] }, …] }`.
 * Values are already checked against their field (segment-rule.parser.ts).
 */
export type SegmentRule = SegmentGroup | SegmentCondition;

export interface SegmentGroup {
  combinator: 'AND' | 'OR';
  conditions: SegmentRule[];
}

/** A comparison value: a string for enums, text, money (a decimal) and dates (ISO); a number for counts and days. */
export type ConditionValue = string | number | boolean;

export interface SegmentCondition {
  field: SegmentFieldName;
  operator: SegmentOperator;
  /** eq, gt…lte, contains, isSet (true/false), olderThanDays/withinDays (days). */
  value?: ConditionValue;
  /** in, notIn (1 to 100 values), between (the lower and upper bound, inclusive). */
  values?: ConditionValue[];
  /** revenue only: the ISO 4217 currency the amount is in. */
  currency?: string;
}

export const isGroup = (rule: SegmentRule): rule is SegmentGroup => 'combinator' in rule;

/** Limits that keep a rule readable and its SQL small. */
export const RULE_LIMITS = { depth: 5, conditions: 50, values: 100, textLength: 200 } as const;

/** Whether the rule's answer can change with time alone (olderThanDays, withinDays). */
export function usesRelativeDates(rule: SegmentRule): boolean {
  if (isGroup(rule)) return rule.conditions.some(usesRelativeDates);
  return rule.operator === 'olderThanDays' || rule.operator === 'withinDays';
}
