import { changedFields } from '../write-path/audit-event';
import { stableJson } from '../stable-json';

describe('changedFields', () => {
  it('lists every field of a created entity', () => {
    expect(changedFields(null, { id: 'c-1', name: 'Acme', version: 1 })).toEqual([
      { field: 'id', before: null, after: '"c-1"' },
      { field: 'name', before: null, after: '"Acme"' },
    ]);
  });

  it('keeps only the fields that changed, with before and after', () => {
    const before = { name: 'Acme', email: null, updatedAt: new Date(1), version: 1 };
    const after = { name: 'Acme Corp', email: null, updatedAt: new Date(2), version: 2 };
    expect(changedFields(before, after)).toEqual([{ field: 'name', before: '"Acme"', after: '"Acme Corp"' }]);
  });
});

describe('stableJson', () => {
  it('ignores key order', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      stableJson({ a: { c: [3, { e: 5, f: 4 }], d: 2 }, b: 1 }),
    );
  });
});
