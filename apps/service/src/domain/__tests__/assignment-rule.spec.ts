import { chooseAssignee, type AssignmentRule } from '../assignment-rule';

const agents = ['a', 'b', 'c'];
const rule = (kind: AssignmentRule['kind'], extra: Partial<AssignmentRule> = {}): AssignmentRule => ({
  kind,
  categoryAgents: {},
  lastAssigneeId: null,
  ...extra,
});
const load = (openTickets: Record<string, number> = {}) => ({
  agentIds: agents,
  openTickets: new Map(Object.entries(openTickets)),
});

describe('chooseAssignee', () => {
  it('round-robin starts with the first agent and takes turns, wrapping around', () => {
    expect(chooseAssignee(rule('ROUND_ROBIN'), 'QUESTION', load())).toBe('a');
    expect(chooseAssignee(rule('ROUND_ROBIN', { lastAssigneeId: 'a' }), 'QUESTION', load())).toBe('b');
    expect(chooseAssignee(rule('ROUND_ROBIN', { lastAssigneeId: 'c' }), 'QUESTION', load())).toBe('a');
  });

  it('round-robin starts over when the last agent left the team', () => {
    expect(chooseAssignee(rule('ROUND_ROBIN', { lastAssigneeId: 'gone' }), 'QUESTION', load())).toBe('a');
  });

  it('least-open picks the agent with the fewest open tickets, the first on a tie', () => {
    expect(chooseAssignee(rule('LEAST_OPEN'), 'QUESTION', load({ a: 3, b: 1, c: 2 }))).toBe('b');
    expect(chooseAssignee(rule('LEAST_OPEN'), 'QUESTION', load({ a: 2, b: 2, c: 2 }))).toBe('a');
    expect(chooseAssignee(rule('LEAST_OPEN'), 'QUESTION', load({ a: 2, b: 2 }))).toBe('c');
  });

  it('by category gives the category its agent, and leaves other categories unassigned', () => {
    const byCategory = rule('CATEGORY', { categoryAgents: { COMPLAINT: 'c' } });
    expect(chooseAssignee(byCategory, 'COMPLAINT', load())).toBe('c');
    expect(chooseAssignee(byCategory, 'QUESTION', load())).toBeNull();
  });

  it('by category skips an agent no longer on the queue', () => {
    const byCategory = rule('CATEGORY', { categoryAgents: { COMPLAINT: 'gone' } });
    expect(chooseAssignee(byCategory, 'COMPLAINT', load())).toBeNull();
  });

  it('assigns nobody in a queue without agents', () => {
    const empty = { agentIds: [], openTickets: new Map() };
    expect(chooseAssignee(rule('ROUND_ROBIN'), 'QUESTION', empty)).toBeNull();
    expect(chooseAssignee(rule('LEAST_OPEN'), 'QUESTION', empty)).toBeNull();
  });
});
