import { erasedAuditChanges } from '../erased-audit-changes';

describe('erasedAuditChanges', () => {
  it('keeps which fields changed and whether they were set, not their values', () => {
    expect(
      erasedAuditChanges([
        { field: 'name', before: null, after: '"Erin"' },
        { field: 'email', before: '"erin@example.com"', after: null },
      ]),
    ).toEqual([
      { field: 'name', before: null, after: '"[erased]"' },
      { field: 'email', before: '"[erased]"', after: null },
    ]);
  });
});
