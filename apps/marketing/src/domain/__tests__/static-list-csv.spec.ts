import { CrmError } from '@crm/errors';
import { MAX_LIST_ROWS, parseListCsv } from '../static-list-csv';

describe('static list CSV', () => {
  it('reads ids and addresses from the first column, skipping a header and blank lines', () => {
    const csv = 'email\n01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d,ignored\n\n Ann@Example.com \nnot a customer\n';
    expect(parseListCsv(csv)).toEqual([
      { line: 2, value: '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d', kind: 'id' },
      { line: 4, value: 'Ann@Example.com', kind: 'email' },
      { line: 5, value: 'not a customer', kind: 'invalid' },
    ]);
  });

  it('refuses broken CSV and files over the limit on the csv field', () => {
    expect(() => parseListCsv('"unclosed\n')).toThrow(CrmError);
    const big = Array.from({ length: MAX_LIST_ROWS + 2 }, (_, i) => `c${i}@example.com`).join('\n');
    expect(() => parseListCsv(big)).toThrow(expect.objectContaining({ field: 'csv' }));
  });
});
