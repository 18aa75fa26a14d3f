import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import {
  OPERATORS_BY_TYPE,
  SEGMENT_FIELD_NAMES,
  SEGMENT_FIELDS,
  type SegmentField,
  type SegmentOperator,
} from './segment-fields';
import { RULE_LIMITS, type SegmentCondition, type SegmentRule } from './segment-rule';

/** `input.rule` + ['conditions', 1, 'value'] → `input.rule.conditions[1].value`. */
const pathOf = (base: string, parts: PropertyKey[]) =>
  parts.reduce<string>(
    (path, part) => (typeof part === 'number' ? `${path}[${part}]` : `${path}.${String(part)}`),
    base,
  );

function parseWith<T extends z.ZodType>(schema: T, raw: unknown, path: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badUserInput(pathOf(path, issue.path), issue.message);
}

const groupSchema = z.strictObject({
  combinator: z.enum(['AND', 'OR'], 'must be AND or OR'),
  conditions: z
    .array(z.unknown(), 'must be a list of conditions and groups')
    .min(1, 'must hold at least one condition')
    .max(RULE_LIMITS.conditions, `must hold at most ${RULE_LIMITS.conditions} entries`),
});

const conditionSchema = z.strictObject({
  field: z.enum(SEGMENT_FIELD_NAMES, `must be one of ${SEGMENT_FIELD_NAMES.join(', ')}`),
  operator: z.string('must be an operator name'),
  value: z.unknown().optional(),
  values: z.unknown().optional(),
  currency: z.unknown().optional(),
});

const DECIMAL = /^-?\d{1,15}(\.\d{1,4})?$/;
const text = z
  .string('must be a string')
  .trim()
  .min(1, 'must not be empty')
  .max(RULE_LIMITS.textLength, `must be at most ${RULE_LIMITS.textLength} characters`);
const instant = z.union(
  [z.iso.datetime({ offset: true }), z.iso.date()],
  'must be an ISO-8601 date or date-time, e.g. 2026-01-31',
);
const days = z
  .number('must be a number of days')
  .int('must be a whole number of days')
  .min(0, 'must be ≥ 0')
  .max(36_500, 'must be at most 36500 days');

/** The schema of one comparison value of a field. */
function scalarOf(field: SegmentField): z.ZodType<string | number | boolean> {
  switch (field.type) {
    case 'enum':
      return z.enum(field.values as [string, ...string[]], `must be one of ${field.values!.join(', ')}`);
    case 'text':
    case 'tags':
      return text;
    case 'boolean':
      return z.boolean('must be true or false');
    case 'integer':
      return z
        .number('must be a number')
        .int('must be a whole number')
        .min(field.min!, `must be ≥ ${field.min}`)
        .max(field.max!, `must be ≤ ${field.max}`);
    case 'money':
      return z
        .string('must be a decimal string such as "1000.50"')
        .regex(DECIMAL, 'must be a decimal such as "1000.50"');
    case 'date':
      return instant;
  }
}

const list = (item: z.ZodType<string | number | boolean>) =>
  z
    .array(item, 'must be a list')
    .min(1, 'must hold at least one value')
    .max(RULE_LIMITS.values, `must hold at most ${RULE_LIMITS.values} values`);

/** between: [lower, upper], both inclusive, lower ≤ upper. */
const bounds = (item: z.ZodType<string | number | boolean>, type: SegmentField['type']) =>
  z
    .tuple([item, item], 'must be [lower, upper]')
    .refine(
      ([low, high]) =>
        type === 'money'
          ? Number(low) <= Number(high)
          : type === 'date'
            ? Date.parse(String(low)) <= Date.parse(String(high))
            : low <= high,
      'the lower bound must not be above the upper bound',
    );

/** Which of value / values an operator takes, and the schema of it. */
function operandOf(field: SegmentField, operator: SegmentOperator) {
  const scalar = scalarOf(field);
  switch (operator) {
    case 'in':
    case 'notIn':
      return { key: 'values', schema: list(scalar) } as const;
    case 'between':
      return { key: 'values', schema: bounds(scalar, field.type) } as const;
    case 'isSet':
      return { key: 'value', schema: z.boolean('must be true (has a value) or false (has none)') } as const;
    case 'olderThanDays':
    case 'withinDays':
      return { key: 'value', schema: days } as const;
    default:
      return { key: 'value', schema: scalar } as const;
  }
}

function parseCondition(raw: unknown, path: string): SegmentCondition {
  const node = parseWith(conditionSchema, raw, path);
  const field: SegmentField = SEGMENT_FIELDS[node.field];
  const allowed: readonly string[] = OPERATORS_BY_TYPE[field.type];
  if (!allowed.includes(node.operator)) {
    throw badUserInput(
      `${path}.operator`,
      `${node.field} takes ${allowed.join(', ')} (got "${node.operator}")`,
    );
  }
  const operator = node.operator as SegmentOperator;
  const operand = operandOf(field, operator);
  const other = operand.key === 'value' ? 'values' : 'value';
  if (node[other] !== undefined) {
    throw badUserInput(`${path}.${other}`, `${operator} takes "${operand.key}", not "${other}"`);
  }
  if (node[operand.key] === undefined) throw badUserInput(`${path}.${operand.key}`, `${operator} needs it`);
  const value = parseWith(operand.schema, node[operand.key], `${path}.${operand.key}`);
  const condition: SegmentCondition = { field: node.field, operator, [operand.key]: value };
  if (field.type === 'money') {
    condition.currency = parseWith(
      z
        .string('must be an ISO 4217 code such as EUR')
        .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
      node.currency,
      `${path}.currency`,
    );
  } else if (node.currency !== undefined) {
    throw badUserInput(`${path}.currency`, 'only revenue conditions take a currency');
  }
  return condition;
}

interface Budget {
  conditions: number;
}

function parseNode(raw: unknown, path: string, depth: number, budget: Budget): SegmentRule {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw badUserInput(
      path,
      'must be a group { combinator, conditions } or a condition { field, operator, value }',
    );
  }
  if (!('combinator' in raw) && !('conditions' in raw)) {
    budget.conditions += 1;
    if (budget.conditions > RULE_LIMITS.conditions) {
      throw badUserInput(path, `a rule may hold at most ${RULE_LIMITS.conditions} conditions`);
    }
    return parseCondition(raw, path);
  }
  if (depth > RULE_LIMITS.depth) {
    throw badUserInput(path, `groups may nest at most ${RULE_LIMITS.depth} deep`);
  }
  const group = parseWith(groupSchema, raw, path);
  return {
    combinator: group.combinator,
    conditions: group.conditions.map((child, i) =>
      parseNode(child, `${path}.conditions[${i}]`, depth + 1, budget),
    ),
  };
}

/**
 * Validates a rule tree as a client sent it (JSON): the first problem is BAD_USER_INPUT with the
 * path of the bad node, e.g. `input.rule.conditions[1].value`. Depth, size and list lengths are bounded.
 */
export function parseSegmentRule(raw: unknown, path = 'input.rule'): SegmentRule {
  return parseNode(raw, path, 1, { conditions: 0 });
}
