import { CrmError } from '@crm/errors';
import { RULE_LIMITS } from '../segment-rule';
import { parseSegmentRule } from '../segment-rule.parser';

/** The field and message of the BAD_USER_INPUT a rule gets. */
function refusal(rule: unknown): { field: string | undefined; message: string } {
  try {
    parseSegmentRule(rule);
  } catch (error) {
    expect(error).toBeInstanceOf(CrmError);
    return { field: (error as CrmError).field, message: (error as CrmError).message };
  }
  throw new Error('the rule was accepted');
}

const tierAB = { field: 'tier', operator: 'in', values: ['A', 'B'] };
const atRisk = { field: 'lifecycle', operator: 'eq', value: 'AT_RISK' };
const noOrderIn90Days = { field: 'lastOrderAt', operator: 'olderThanDays', value: 90 };

describe('segment rule validation', () => {
  it('accepts the issue example: tier in (A, B) AND lifecycle AT_RISK AND last order over 90 days ago', () => {
    const rule = { combinator: 'AND', conditions: [tierAB, atRisk, noOrderIn90Days] };
    expect(parseSegmentRule(rule)).toEqual(rule);
  });

  it('accepts nested OR groups, revenue with its currency, tags, consent, ranges and isSet', () => {
    const rule = {
      combinator: 'OR',
      conditions: [
        { field: 'revenue', operator: 'gte', value: '10000.50', currency: 'EUR' },
        {
          combinator: 'AND',
          conditions: [
            { field: 'tags', operator: 'contains', value: 'vip' },
            { field: 'emailConsent', operator: 'eq', value: true },
            { field: 'csat', operator: 'between', values: [4, 5] },
            { field: 'lastOrderAt', operator: 'between', values: ['2026-01-01', '2026-03-31T23:59:59Z'] },
            { field: 'region', operator: 'isSet', value: false },
          ],
        },
      ],
    };
    expect(parseSegmentRule(rule)).toEqual(rule);
  });

  it.each([
    ['a value of another enum', { ...atRisk, value: 'GOLD' }, 'input.rule.conditions[1].value'],
    ['an unknown field', { field: 'password', operator: 'eq', value: 'x' }, 'input.rule.conditions[1].field'],
    [
      'an operator the field does not take',
      { field: 'tier', operator: 'gt', value: 'A' },
      'input.rule.conditions[1].operator',
    ],
    [
      'values where value is due',
      { field: 'tier', operator: 'eq', values: ['A'] },
      'input.rule.conditions[1].values',
    ],
    ['no value', { field: 'tier', operator: 'eq' }, 'input.rule.conditions[1].value'],
    [
      'a bad list entry',
      { field: 'tier', operator: 'in', values: ['A', 'Z'] },
      'input.rule.conditions[1].values[1]',
    ],
    ['an empty list', { field: 'tier', operator: 'in', values: [] }, 'input.rule.conditions[1].values'],
    ['negative days', { ...noOrderIn90Days, value: -1 }, 'input.rule.conditions[1].value'],
    ['fractional days', { ...noOrderIn90Days, value: 1.5 }, 'input.rule.conditions[1].value'],
    [
      'a float amount',
      { field: 'revenue', operator: 'gt', value: 10.5, currency: 'EUR' },
      'input.rule.conditions[1].value',
    ],
    [
      'revenue without currency',
      { field: 'revenue', operator: 'gt', value: '10' },
      'input.rule.conditions[1].currency',
    ],
    ['a currency on another field', { ...atRisk, currency: 'EUR' }, 'input.rule.conditions[1].currency'],
    [
      'a reversed range',
      { field: 'csat', operator: 'between', values: [5, 1] },
      'input.rule.conditions[1].values',
    ],
    ['a CSAT out of 1–5', { field: 'csat', operator: 'eq', value: 6 }, 'input.rule.conditions[1].value'],
    [
      'a bad date',
      { field: 'lastOrderAt', operator: 'gt', value: 'yesterday' },
      'input.rule.conditions[1].value',
    ],
    ['an unknown key', { ...atRisk, sql: '1=1' }, 'input.rule.conditions[1]'],
    ['a non-object node', 'tier = A', 'input.rule.conditions[1]'],
  ])('refuses %s, naming the node', (_, bad, field) => {
    expect(refusal({ combinator: 'AND', conditions: [tierAB, bad] }).field).toBe(field);
  });

  it('refuses a group with a bad combinator or no conditions', () => {
    expect(refusal({ combinator: 'XOR', conditions: [atRisk] }).field).toBe('input.rule.combinator');
    expect(refusal({ combinator: 'AND', conditions: [] }).field).toBe('input.rule.conditions');
  });

  it(`refuses groups nested more than ${RULE_LIMITS.depth} deep`, () => {
    let rule: unknown = atRisk;
    for (let depth = 0; depth <= RULE_LIMITS.depth; depth += 1)
      rule = { combinator: 'AND', conditions: [rule] };
    const { field, message } = refusal(rule);
    expect(field).toBe(`input.rule${'.conditions[0]'.repeat(RULE_LIMITS.depth)}`);
    expect(message).toContain('at most 5 deep');
  });

  it(`refuses more than ${RULE_LIMITS.conditions} conditions in all`, () => {
    const half = Array.from({ length: 30 }, () => atRisk);
    const rule = {
      combinator: 'OR',
      conditions: [
        { combinator: 'AND', conditions: half },
        { combinator: 'AND', conditions: half },
      ],
    };
    expect(refusal(rule).field).toBe('input.rule.conditions[1].conditions[20]');
  });

  it('refuses over-long texts and lists', () => {
    expect(refusal({ field: 'region', operator: 'eq', value: 'x'.repeat(201) }).field).toBe(
      'input.rule.value',
    );
    const values = Array.from({ length: 101 }, (_, i) => `R${i}`);
    expect(refusal({ field: 'region', operator: 'in', values }).field).toBe('input.rule.values');
  });
});
