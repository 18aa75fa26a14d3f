import { Readable } from 'node:stream';
import { ImportFileError, readCustomerCsv } from '../customer-csv-reader';
import type { ImportRow } from '../import-options';

async function rowsOf(csv: string): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of readCustomerCsv(Readable.from([csv]))) rows.push(row);
  return rows;
}

describe('readCustomerCsv', () => {
  it('numbers rows by the line they start on, the header being line 1', async () => {
    const rows = await rowsOf(
      '\uFEFFKind, Name ,email\nCOMPANY,"Acme\nGmbH",a@acme.example\n\nPERSON,Ada,\n',
    );
    expect(rows).toEqual([
      { row: 2, record: { kind: 'COMPANY', name: 'Acme\nGmbH', email: 'a@acme.example' } },
      { row: 5, record: { kind: 'PERSON', name: 'Ada', email: '' } },
    ]);
  });

  it('marks a row with the wrong number of fields as malformed, and goes on', async () => {
    const rows = await rowsOf('kind,name\nPERSON,Ada,extra\nPERSON,Bob\n');
    expect(rows.map(({ row, malformed }) => ({ row, malformed }))).toEqual([
      { row: 2, malformed: 'has 3 fields, the header has 2' },
      { row: 3, malformed: undefined },
    ]);
  });

  it('refuses a header with unknown or missing columns before reading any row', async () => {
    await expect(rowsOf('kind,fullname\nPERSON,Ada\n')).rejects.toThrow(ImportFileError);
    await expect(rowsOf('kind,fullname\nPERSON,Ada\n')).rejects.toThrow(/unknown column\(s\) fullname/);
  });

  it('stops at broken CSV syntax with the line it reached', async () => {
    await expect(rowsOf('kind,name\nPERSON,"Ada\n')).rejects.toThrow(/not valid CSV after line/);
  });
});
