import { CrmError } from '@crm/errors';
import { decodeCursor, encodeCursor, type CursorKey } from '../cursor';
import { pageSizeOf } from '../connection';

const ID = '0194c1d0-0000-7000-8000-000000000001';
const CREATED: CursorKey[] = ['timestamp', 'uuid'];

describe('keyset cursors', () => {
  it('round-trip the sort key', () => {
    const cursor = encodeCursor(['2026-11-24T10:00:00.000Z', ID]);
    expect(decodeCursor(cursor, CREATED)).toEqual(['2026-11-24T10:00:00.000Z', ID]);
  });

  it.each<[CursorKey[], string[]]>([
    [
      ['date', 'uuid'],
      ['2026-02-28', ID],
    ],
    [
      ['number', 'uuid'],
      ['0.4375', ID],
    ],
    [
      ['number', 'uuid'],
      ['1e-05', ID],
    ],
    [
      ['text', 'uuid'],
      ['Acme GmbH', ID],
    ],
    [['text'], ['SKU-1']],
  ])('accept the values their keys declare (%j)', (keys, values) => {
    expect(decodeCursor(encodeCursor(values), keys)).toEqual(values);
  });

  it.each([
    ['garbage!', CREATED],
    [encodeCursor(['only-one']), CREATED],
    [Buffer.from('{"a":1}').toString('base64url'), CREATED],
    [encodeCursor(['x', 'y']), CREATED],
    [encodeCursor(['2026-11-24T10:00:00.000Z', 'not-an-id']), CREATED],
    [encodeCursor(['2026-02-30T10:00:00.000Z', ID]), CREATED],
    [encodeCursor(['2026-02-30', ID]), ['date', 'uuid']],
    [encodeCursor(['NaN', ID]), ['number', 'uuid']],
    [encodeCursor(['1e999', ID]), ['number', 'uuid']],
    [encodeCursor(['a\u0000b', ID]), ['text', 'uuid']],
    [encodeCursor([1, ID] as unknown as string[]), ['number', 'uuid']],
  ] as [string, CursorKey[]][])(
    'refuse a cursor the list did not issue (%s) as bad input on "after"',
    (cursor, keys) => {
      expect(() => decodeCursor(cursor, keys)).toThrow(CrmError);
      expect(() => decodeCursor(cursor, keys)).toThrow(/^after: /);
    },
  );

  it('bounds the page size', () => {
    expect(pageSizeOf(undefined)).toBe(20);
    expect(pageSizeOf(200)).toBe(200);
    expect(() => pageSizeOf(0)).toThrow(/^first: must be between 1 and 200/);
    expect(() => pageSizeOf(201)).toThrow(CrmError);
  });
});
