import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { loadServiceConfig } from '@crm/config';
import { generateCustomerCsv, testServiceEnv, type BadRowKind } from '@crm/platform-testing';
import { startCustomerSubgraph } from '../src/customer-subgraph';
import { customerCliDataSource } from '../src/import/customer-cli-database';
import { importCustomerFile } from '../src/import/customer-file-import';
import { ImportFailedError } from '../src/import/import-options';

const REASONS: Record<Exclude<BadRowKind, 'duplicate'>, RegExp> = {
  emptyName: /^must not be empty$/,
  badEmail: /^must be an email address/,
  badPhone: /^must be a valid international phone number/,
  unknownKind: /COMPANY.*PERSON/,
};

describe('customer CSV import through the core the CLI uses', () => {
  let dataSource: DataSource;
  let directory: string;
  const runIds: string[] = [];
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await dataSource.query(sql, params))[0].n);
  const customersOf = (namespace: number) =>
    count('SELECT count(*) AS n FROM customers WHERE email LIKE $1', [`%@import-${namespace}.example`]);
  const eventsOf = (runId: string, type: string) =>
    count(`SELECT count(*) AS n FROM outbox WHERE event_type = $1 AND payload->>'correlationid' = $2`, [
      type,
      runId,
    ]);

  beforeAll(async () => {
    const env = testServiceEnv('customer', 'import');
    // The service migrates its schema; it is stopped at once so no relay runs here: the 200 000
    // events stay in the outbox for the assertions and are removed afterwards, so later test
    // files' relays have nothing of this file's to publish.
    const service = await startCustomerSubgraph(loadServiceConfig('customer', env));
    await service.stop();
    dataSource = customerCliDataSource(env);
    await dataSource.initialize();
    directory = await mkdtemp(join(tmpdir(), 'crm-import-'));
  });
  afterAll(async () => {
    if (dataSource?.isInitialized) {
      await dataSource.query(
        `DELETE FROM customers WHERE id::text IN (SELECT message_key FROM outbox
          WHERE event_type = 'crm.customer.customer.created' AND payload->>'correlationid' = ANY($1))`,
        [runIds],
      );
      await dataSource.query(`DELETE FROM outbox WHERE payload->>'correlationid' = ANY($1)`, [runIds]);
      await dataSource.destroy();
    }
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('imports 200 000 rows with 1 % bad ones: exact reject report, no partial customer, one event each', async () => {
    const generated = generateCustomerCsv({ rows: 200_000, namespace: 1 });
    const file = join(directory, 'customers.csv');
    await writeFile(file, generated.csv);

    const summary = await importCustomerFile(dataSource, createReadStream(file), {
      onDuplicate: 'SKIP',
      defaultOwnerId: null,
      actorId: null,
      sourceName: 'customers.csv',
    });
    runIds.push(summary.runId);

    const duplicates = generated.problems.filter((problem) => problem.kind === 'duplicate');
    const invalid = generated.problems.filter((problem) => problem.kind !== 'duplicate');
    expect(summary).toMatchObject({
      rowsRead: 200_000,
      created: generated.goodRows,
      skipped: duplicates.length,
      merged: 0,
      rejected: invalid.length,
    });
    expect(generated.goodRows).toBe(198_000);
    expect(summary.rejectedRows.map(({ row, field }) => ({ row, field }))).toEqual(
      invalid.map(({ row, field }) => ({ row, field })),
    );
    summary.rejectedRows.forEach((problem, index) =>
      expect(problem.reason).toMatch(REASONS[invalid[index].kind as keyof typeof REASONS]),
    );
    expect(summary.skippedRows).toEqual(
      duplicates.map(({ row, duplicateOfRow }) => ({
        row,
        field: 'email',
        reason: `duplicate: same email as row ${duplicateOfRow}`,
      })),
    );

    // Every good row is a whole customer, no bad row left anything behind.
    expect(await customersOf(1)).toBe(generated.goodRows);
    const leftovers = invalid
      .filter((problem) => problem.kind !== 'badEmail')
      .map((problem) => problem.email);
    expect(await count('SELECT count(*) AS n FROM customers WHERE email = ANY($1)', [leftovers])).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM customers WHERE email LIKE '%@import-1.example' AND kind IN ('COMPANY', 'PERSON')
           AND emails = jsonb_build_array(jsonb_build_object('address', email, 'label', null, 'primary', true))
           AND lifecycle_stage = 'PROSPECT' AND version = 1`,
      ),
    ).toBe(generated.goodRows);

    // One customer.created per customer, in the outbox for the service's relay; one audit entry for the run.
    expect(await eventsOf(summary.runId, 'crm.customer.customer.created')).toBe(generated.goodRows);
    expect(
      await count(
        `SELECT count(DISTINCT c.id) AS n FROM outbox o JOIN customers c ON c.id::text = o.message_key
          WHERE o.event_type = 'crm.customer.customer.created' AND o.payload->>'correlationid' = $1
            AND o.payload->'data'->>'email' = c.email`,
        [summary.runId],
      ),
    ).toBe(generated.goodRows);
    expect(await eventsOf(summary.runId, 'crm.customer.audit.recorded')).toBe(1);
    const [run] = await dataSource.query(
      'SELECT status, created, skipped, rejected FROM customer_import_runs WHERE id = $1',
      [summary.runId],
    );
    expect(run).toEqual({ status: 'COMPLETED', created: 198_000, skipped: 400, rejected: 1_600 });
  }, 240_000);

  it('merges duplicates across batches into the customer they repeat, filling only blanks', async () => {
    const file = (lines: string[]) =>
      Readable.from([['kind,name,email,region,industry', ...lines].join('\n')]);
    const options = {
      onDuplicate: 'MERGE' as const,
      defaultOwnerId: null,
      actorId: null,
      sourceName: 'merge.csv',
    };
    const before = await importCustomerFile(
      dataSource,
      file(['PERSON,Existing,e@import-3.example,,']),
      options,
    );
    runIds.push(before.runId);
    const summary = await importCustomerFile(
      dataSource,
      file([
        'COMPANY,A,a@import-3.example,,',
        'COMPANY,B,b@import-3.example,,',
        'COMPANY,A again,A@import-3.example,EMEA,',
        'PERSON,E twin,e@import-3.example,APAC,',
        'PERSON,E triplet,e@import-3.example,LATAM,RETAIL',
      ]),
      { ...options, batchSize: 2 },
    );
    runIds.push(summary.runId);

    expect(summary).toMatchObject({ created: 2, merged: 3, skipped: 0, rejected: 0 });
    const rows = await dataSource.query(
      `SELECT name, region, industry, version FROM customers WHERE email LIKE '%@import-3.example' ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'A', region: 'EMEA', industry: null, version: 2 },
      { name: 'B', region: null, industry: null, version: 1 },
      { name: 'Existing', region: 'APAC', industry: 'RETAIL', version: 3 },
    ]);
    expect(await eventsOf(summary.runId, 'crm.customer.customer.created')).toBe(2);
    expect(await eventsOf(summary.runId, 'crm.customer.customer.updated')).toBe(3);
  });

  it('stops at a failing batch, rolls it back whole and says what earlier batches committed', async () => {
    const generated = generateCustomerCsv({ rows: 5_000, badRatio: 0.5, namespace: 2 });
    const poisoned = generated.csv.split('\n');
    // Line 2 501 passes validation but the database refuses it, mid-way through the third batch.
    poisoned.splice(2_500, 0, 'PERSON,Refused by the database,refused@import-2.example,,,,,,,,,');
    await dataSource.query(`
      CREATE FUNCTION refuse_poisoned_customer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'Refused by the database' THEN RAISE EXCEPTION 'customer refused by a test trigger'; END IF;
        RETURN NEW;
      END $$`);
    await dataSource.query(
      'CREATE TRIGGER refuse_poisoned BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION refuse_poisoned_customer()',
    );
    try {
      const failure = await importCustomerFile(dataSource, Readable.from([poisoned.join('\n')]), {
        onDuplicate: 'SKIP',
        defaultOwnerId: null,
        actorId: null,
        sourceName: 'poisoned.csv',
        batchSize: 500,
      }).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(ImportFailedError);
      const { committed, firstRow, message } = failure as ImportFailedError;
      runIds.push(committed.runId);
      // Every other line is bad: a batch of 500 valid rows spans 1 000 lines, the third starts at line 2 002.
      expect(firstRow).toBe(2_002);
      expect(message).toMatch(/import stopped at row 2002: customer refused by a test trigger/);
      expect(committed.created).toBe(1_000);
      expect(await customersOf(2)).toBe(1_000);
      expect(await eventsOf(committed.runId, 'crm.customer.customer.created')).toBe(1_000);
      expect(await eventsOf(committed.runId, 'crm.customer.audit.recorded')).toBe(1);
      const [run] = await dataSource.query(
        'SELECT status, created, error FROM customer_import_runs WHERE id = $1',
        [committed.runId],
      );
      expect(run).toMatchObject({ status: 'FAILED', created: 1_000, error: message });
    } finally {
      await dataSource.query('DROP TRIGGER refuse_poisoned ON customers');
      await dataSource.query('DROP FUNCTION refuse_poisoned_customer()');
    }
  }, 60_000);
});
