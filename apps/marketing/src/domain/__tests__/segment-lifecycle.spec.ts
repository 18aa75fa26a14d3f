import { CrmError } from '@crm/errors';
import { assertActive, assertStaticList, parseNewSegment, parseSegmentEdit } from '../segment-lifecycle';

const RULE = { field: 'tier', operator: 'eq', value: 'A' };

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CrmError).field;
  }
  throw new Error('accepted');
};

describe('segment lifecycle', () => {
  it('creates a DYNAMIC segment with its parsed rule and a STATIC list without one', () => {
    expect(parseNewSegment({ name: ' Best ', kind: 'DYNAMIC', rule: RULE })).toEqual({
      name: 'Best',
      description: null,
      kind: 'DYNAMIC',
      rule: RULE,
    });
    expect(parseNewSegment({ name: 'Fair', kind: 'STATIC', description: 'Booth' })).toMatchObject({
      kind: 'STATIC',
      rule: null,
      description: 'Booth',
    });
  });

  it.each([
    [{ name: 'x', kind: 'DYNAMIC' as const }, 'input.rule'],
    [{ name: 'x', kind: 'STATIC' as const, rule: RULE }, 'input.rule'],
    [{ name: ' ', kind: 'STATIC' as const }, 'input.name'],
    [{ name: 'x', kind: 'STATIC' as const, description: 'd'.repeat(2001) }, 'input.description'],
    [{ name: 'x', kind: 'DYNAMIC' as const, rule: { ...RULE, value: 'Z' } }, 'input.rule.value'],
  ])('refuses %j on %s', (input, field) => {
    expect(fieldOf(() => parseNewSegment(input))).toBe(field);
  });

  it('edits only what is given, and no rule on a STATIC list', () => {
    expect(parseSegmentEdit({ name: 'New' }, 'DYNAMIC')).toEqual({ name: 'New' });
    expect(parseSegmentEdit({ description: null, rule: RULE }, 'DYNAMIC')).toEqual({
      description: null,
      rule: RULE,
    });
    expect(fieldOf(() => parseSegmentEdit({ rule: RULE }, 'STATIC'))).toBe('input.rule');
  });

  it('freezes archived segments and keeps hand edits to STATIC lists', () => {
    expect(() => assertActive('ACTIVE', 'id')).not.toThrow();
    expect(fieldOf(() => assertActive('ARCHIVED', 'id'))).toBe('id');
    expect(fieldOf(() => assertStaticList('DYNAMIC', 'segmentId'))).toBe('segmentId');
  });
});
