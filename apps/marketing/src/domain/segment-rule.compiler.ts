import { SEGMENT_FIELDS, type SegmentField } from './segment-fields';
import { isGroup, type ConditionValue, type SegmentCondition, type SegmentRule } from './segment-rule';

const DAY_MS = 86_400_000;

/**
 * The positional parameters of one SQL statement: every value of a rule goes here and only a
 * `$n` placeholder goes into the text, so no value can change the statement's meaning.
 */
export class SqlParameters {
  readonly values: unknown[];

  constructor(initial: unknown[] = []) {
    this.values = [...initial];
  }

  /** The placeholder of a new parameter, cast to `type` so Postgres never has to guess. */
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

const CAST = {
  enum: 'text',
  text: 'text',
  integer: 'integer',
  money: 'numeric',
  date: 'timestamptz',
} as const;
type ScalarType = keyof typeof CAST;

const COMPARISONS = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** A date given as 2026-01-31 is that day's start in UTC; date-times keep their offset. */
const asParameter = (value: ConditionValue, type: ScalarType) =>
  type === 'date' ? new Date(String(value)).toISOString() : value;

function compileCondition(condition: SegmentCondition, parameters: SqlParameters, now: Date): string {
  const field: SegmentField = SEGMENT_FIELDS[condition.field];
  const { operator, value, values = [] } = condition;
  if (field.type === 'tags') {
    if (operator === 'contains') return `${field.column} @> ARRAY[${parameters.add(value, 'text')}]`;
    return `cardinality(${field.column}) ${value ? '>' : '='} 0`;
  }
  if (field.type === 'boolean')
    return `COALESCE(${field.column}, false) = ${parameters.add(value, 'boolean')}`;
  const type = field.type;
  // Revenue is kept per currency; a currency without payments has revenue 0.
  const column =
    type === 'money'
      ? `COALESCE((${field.column} ->> ${parameters.add(condition.currency, 'text')})::numeric, 0)`
      : field.column;
  const param = (v: ConditionValue) => parameters.add(asParameter(v, type), CAST[type]);
  switch (operator) {
    case 'eq':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return `${column} ${COMPARISONS[operator]} ${param(value!)}`;
    case 'between':
      return `${column} BETWEEN ${param(values[0])} AND ${param(values[1])}`;
    case 'in':
      return `${column} = ANY(${parameters.add(values, 'text[]')})`;
    case 'notIn':
      // A customer without the attribute is not in the list either.
      return `NOT COALESCE(${column} = ANY(${parameters.add(values, 'text[]')}), false)`;
    case 'isSet':
      return `${column} IS ${value ? 'NOT ' : ''}NULL`;
    case 'olderThanDays':
      return `${column} < ${parameters.add(new Date(now.getTime() - Number(value) * DAY_MS).toISOString(), 'timestamptz')}`;
    case 'withinDays':
      return `${column} >= ${parameters.add(new Date(now.getTime() - Number(value) * DAY_MS).toISOString(), 'timestamptz')}`;
    default:
      throw new Error(`operator ${operator} is not compiled for ${condition.field}`);
  }
}

/**
 * A parsed rule as a boolean SQL expression over the profile row `p` (marketing.customer_profiles):
 * column names come from the field whitelist, values only as parameters. Relative dates
 * (olderThanDays, withinDays) are judged at `now`, the marketing clock.
 */
export function compileSegmentRule(rule: SegmentRule, parameters: SqlParameters, now: Date): string {
  if (!isGroup(rule)) return compileCondition(rule, parameters, now);
  const joiner = rule.combinator === 'AND' ? ' AND ' : ' OR ';
  return `(${rule.conditions.map((child) => compileSegmentRule(child, parameters, now)).join(joiner)})`;
}
