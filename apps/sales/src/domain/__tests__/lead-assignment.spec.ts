import { firstMatchingRule, roundRobinPick, ruleMatches } from '../lead-assignment';

const rule = (
  id: string,
  priority: number,
  criteria: Partial<{ region: string; industry: string }> = {},
) => ({
  id,
  priority,
  active: true,
  region: criteria.region ?? null,
  industry: criteria.industry ?? null,
  source: null,
});

describe('lead assignment rules', () => {
  const lead = { region: 'EMEA', industry: 'ENERGY', source: 'WEB_FORM' as const };

  it('match on every non-null criterion', () => {
    expect(ruleMatches(rule('a', 1, { region: 'EMEA' }), lead)).toBe(true);
    expect(ruleMatches(rule('a', 1, { region: 'EMEA', industry: 'RETAIL' }), lead)).toBe(false);
    expect(ruleMatches({ region: null, industry: null, source: 'REFERRAL' }, lead)).toBe(false);
  });

  it('take the first active match by priority', () => {
    const rules = [
      rule('catch-all', 100),
      rule('emea', 10, { region: 'EMEA' }),
      rule('apac', 1, { region: 'APAC' }),
    ];
    expect(firstMatchingRule(rules, lead)?.id).toBe('emea');
    expect(firstMatchingRule([{ ...rule('emea', 1, { region: 'EMEA' }), active: false }], lead)).toBeNull();
  });

  it('hand leads out in turn and wrap around', () => {
    const assignees = ['u1', 'u2'];
    const picks: string[] = [];
    let pointer = 0;
    for (let i = 0; i < 4; i++) {
      const pick = roundRobinPick(assignees, pointer);
      picks.push(pick.assigneeId);
      pointer = pick.nextPointer;
    }
    expect(picks).toEqual(['u1', 'u2', 'u1', 'u2']);
    expect(roundRobinPick(['u1'], 7)).toEqual({ assigneeId: 'u1', nextPointer: 0 });
  });
});
