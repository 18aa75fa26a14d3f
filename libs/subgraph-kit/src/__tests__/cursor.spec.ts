import { CrmError } from '@crm/errors';
import { decodeCursor, encodeCursor } from '../cursor';
import { pageSizeOf } from '../connection';

describe('keyset cursors', () => {
  it('round-trip the sort key', () => {
    const cursor = encodeCursor(['2026-11-24T10:00:00.000Z', '0194c1d0-0000-7000-8000-000000000001']);
    expect(decodeCursor(cursor, 2)).toEqual([
      '2026-11-24T10:00:00.000Z',
      '0194c1d0-0000-7000-8000-000000000001',
    ]);
  });

  it.each(['garbage!', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')])(
    'refuse a cursor the list did not issue (%s) as bad input on "after"',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(CrmError);
      expect(() => decodeCursor(cursor, 2)).toThrow(/^after: /);
    },
  );

  it('bounds the page size', () => {
    expect(pageSizeOf(undefined)).toBe(20);
    expect(pageSizeOf(200)).toBe(200);
    expect(() => pageSizeOf(0)).toThrow(/^first: must be between 1 and 200/);
    expect(() => pageSizeOf(201)).toThrow(CrmError);
  });
});
