import { parseAssignmentRule } from '../assignment-rule-fields';

const u1 = '01950c80-0000-7000-8000-0000000000a1';
const u2 = '01950c80-0000-7000-8000-0000000000a2';

describe('assignment rule fields', () => {
  it('defaults to an active round-robin rule with upper-case codes', () => {
    expect(
      parseAssignmentRule({ name: 'EMEA', priority: 10, region: 'emea', assigneeIds: [u1, u2] }),
    ).toEqual({
      name: 'EMEA',
      priority: 10,
      region: 'EMEA',
      industry: null,
      source: null,
      assigneeIds: [u1, u2],
      strategy: 'ROUND_ROBIN',
      active: true,
    });
  });

  it('refuses empty or repeated assignees and fractional priorities, with the field', () => {
    expect(() => parseAssignmentRule({ name: 'x', priority: 1, assigneeIds: [] })).toThrow(
      /^input\.assigneeIds: must name at least one user/,
    );
    expect(() =>
      parseAssignmentRule({ name: 'x', priority: 1, assigneeIds: [u1, u1.toUpperCase()] }),
    ).toThrow(/same user twice/);
    expect(() => parseAssignmentRule({ name: 'x', priority: 1.5, assigneeIds: [u1] })).toThrow(
      /^input\.priority: /,
    );
  });
});
