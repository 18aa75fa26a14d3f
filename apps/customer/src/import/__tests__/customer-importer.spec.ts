import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { ChangeScope } from '@crm/subgraph-kit';
import { readCustomerCsv } from '../customer-csv-reader';
import { importCustomers } from '../customer-importer';
import { ImportFailedError, type CustomerImportOptions } from '../import-options';

/** The header stops the import before any row is read, so no batch reaches the database. */
const noDatabase = {
  getRepository: () => ({ findBy: async () => [] }),
} as unknown as EntityManager;

const options: CustomerImportOptions = {
  onDuplicate: 'MERGE',
  scope: {} as ChangeScope,
  origin: 'CSV',
  sourceName: 'bad-header.csv',
  ownerOf: (owner) => owner,
  mayChange: () => true,
  batchSize: 10,
  inTransaction: (work) => work(noDatabase),
};

describe('importCustomers with a wrong header', () => {
  it('says it stopped at row 1, the header, and that nothing was imported', async () => {
    const file = Readable.from(['kind,fullname\nPERSON,Ada\n']);
    const failure = await importCustomers(readCustomerCsv(file), options).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportFailedError);
    expect((failure as ImportFailedError).firstRow).toBe(1);
    expect((failure as ImportFailedError).message).toMatch(
      /^import stopped at row 1 \(the header\): unknown column\(s\) fullname.*Nothing was imported$/,
    );
  });
});
