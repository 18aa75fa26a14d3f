import { compileSegmentRule, SqlParameters } from '../segment-rule.compiler';
import { parseSegmentRule } from '../segment-rule.parser';

const NOW = new Date('2026-06-30T12:00:00.000Z');

function compile(rule: unknown, initial: unknown[] = []) {
  const parameters = new SqlParameters(initial);
  const sql = compileSegmentRule(parseSegmentRule(rule), parameters, NOW);
  return { sql, values: parameters.values };
}

describe('segment rule compilation', () => {
  it('compiles the issue example to one parameterised expression', () => {
    const { sql, values } = compile({
      combinator: 'AND',
      conditions: [
        { field: 'tier', operator: 'in', values: ['A', 'B'] },
        { field: 'lifecycle', operator: 'eq', value: 'AT_RISK' },
        { field: 'lastOrderAt', operator: 'olderThanDays', value: 90 },
      ],
    });
    expect(sql).toBe(
      '(p.tier = ANY($1::text[]) AND p.lifecycle = $2::text AND p.last_order_at < $3::timestamptz)',
    );
    expect(values).toEqual([['A', 'B'], 'AT_RISK', '2026-04-01T12:00:00.000Z']);
  });

  it('numbers its parameters after those the statement already has', () => {
    const { sql, values } = compile({ field: 'csat', operator: 'gte', value: 4 }, ['segment-id', NOW]);
    expect(sql).toBe('p.csat >= $3::integer');
    expect(values).toEqual(['segment-id', NOW, 4]);
  });

  it.each([
    [
      { field: 'region', operator: 'notIn', values: ['EMEA'] },
      'NOT COALESCE(p.region = ANY($1::text[]), false)',
      [['EMEA']],
    ],
    [{ field: 'tags', operator: 'contains', value: 'vip' }, 'p.tags @> ARRAY[$1::text]', ['vip']],
    [{ field: 'tags', operator: 'isSet', value: false }, 'cardinality(p.tags) = 0', []],
    [
      { field: 'emailConsent', operator: 'eq', value: true },
      'COALESCE(p.email_consent, false) = $1::boolean',
      [true],
    ],
    [{ field: 'tier', operator: 'isSet', value: true }, 'p.tier IS NOT NULL', []],
    [
      { field: 'orderCount', operator: 'between', values: [2, 5] },
      'p.order_count BETWEEN $1::integer AND $2::integer',
      [2, 5],
    ],
    [
      { field: 'revenue', operator: 'gt', value: '1000.5', currency: 'EUR' },
      'COALESCE((p.revenue ->> $1::text)::numeric, 0) > $2::numeric',
      ['EUR', '1000.5'],
    ],
    [
      { field: 'lastOrderAt', operator: 'withinDays', value: 30 },
      'p.last_order_at >= $1::timestamptz',
      ['2026-05-31T12:00:00.000Z'],
    ],
    [
      { field: 'lastOrderAt', operator: 'gte', value: '2026-01-31' },
      'p.last_order_at >= $1::timestamptz',
      ['2026-01-31T00:00:00.000Z'],
    ],
  ])('compiles %j', (rule, sql, values) => {
    expect(compile(rule)).toEqual({ sql, values });
  });

  describe('a rule tree cannot inject SQL', () => {
    const attacks = [
      "'; DROP TABLE customer_profiles; --",
      "A' OR '1'='1",
      '$1) OR (1=1',
      'EMEA\u0000; SELECT pg_sleep(10)',
    ];

    it.each(attacks)('keeps %j a parameter value, out of the statement text', (attack) => {
      const { sql, values } = compile({
        combinator: 'OR',
        conditions: [
          { field: 'region', operator: 'eq', value: attack },
          { field: 'industry', operator: 'in', values: [attack, 'RETAIL'] },
          { field: 'tags', operator: 'contains', value: attack },
        ],
      });
      expect(sql).toBe('(p.region = $1::text OR p.industry = ANY($2::text[]) OR p.tags @> ARRAY[$3::text])');
      expect(sql).not.toContain(attack);
      expect(values).toEqual([attack, [attack, 'RETAIL'], attack]);
    });

    it.each([
      ['a field name', { field: 'region; DROP TABLE segments', operator: 'eq', value: 'x' }],
      [
        'an operator',
        { field: 'region', operator: '= ANY(SELECT email FROM customer_profiles) OR 1=', value: 'x' },
      ],
      ['a currency', { field: 'revenue', operator: 'gt', value: '1', currency: "EUR') OR (1=1" }],
      [
        'a combinator',
        { combinator: 'AND 1=1 OR', conditions: [{ field: 'tier', operator: 'eq', value: 'A' }] },
      ],
      ['a number', { field: 'orderCount', operator: 'gt', value: '1 OR 1=1' }],
      ['a date', { field: 'lastOrderAt', operator: 'gt', value: "2026-01-01' OR '1'='1" }],
    ])('refuses SQL in %s before anything is compiled', (_, rule) => {
      expect(() => compile(rule)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    });
  });
});
