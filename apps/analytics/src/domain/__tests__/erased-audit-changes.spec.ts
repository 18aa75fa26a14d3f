import { customerIdsNamedIn, erasedAuditChanges } from '../erased-audit-changes';

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

describe('erasedAuditChanges and record ids', () => {
  it('keeps ids: they are not personal, and tell whose record it was', () => {
    const customerId = JSON.stringify('0194c1d0-0000-7000-8000-0000000000c1');
    expect(erasedAuditChanges([{ field: 'customerId', before: null, after: customerId }])).toEqual([
      { field: 'customerId', before: null, after: customerId },
    ]);
  });
});

describe('customerIdsNamedIn', () => {
  it('finds the customers a record was filed under, each once', () => {
    const first = '0194c1d0-0000-7000-8000-0000000000c1';
    const survivor = '0194c1d0-0000-7000-8000-0000000000c2';
    expect(
      customerIdsNamedIn([
        { field: 'customerId', before: null, after: JSON.stringify(first) },
        { field: 'subject', before: null, after: '"Printer"' },
        { field: 'customerId', before: JSON.stringify(first), after: JSON.stringify(survivor) },
        { field: 'customerId', before: null, after: JSON.stringify(first) },
        { field: 'customerId', before: JSON.stringify(first), after: null },
      ]),
    ).toEqual([first, survivor]);
  });
});
