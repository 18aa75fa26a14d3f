import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { loadInfrastructureConfig, type ServiceName } from '@crm/config';
import { bootstrapDatabase, dropDatabase, serviceDatabaseUrl } from '../bootstrap-database';

const INSUFFICIENT_PRIVILEGE = '42501';

const { adminDatabaseUrl } = loadInfrastructureConfig();
const databaseName = `crm_isolation_test_${randomBytes(4).toString('hex')}`;
const clients: Client[] = [];

async function connectAs(service: ServiceName): Promise<Client> {
  const client = new Client({
    connectionString: serviceDatabaseUrl(adminDatabaseUrl, databaseName, service),
  });
  clients.push(client);
  await client.connect();
  return client;
}

async function expectInsufficientPrivilege(query: Promise<unknown>): Promise<void> {
  await expect(query).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
}

describe('per-service schema isolation', () => {
  let sales: Client;

  beforeAll(async () => {
    await bootstrapDatabase({ adminUrl: adminDatabaseUrl, databaseName });
    await bootstrapDatabase({ adminUrl: adminDatabaseUrl, databaseName }); // idempotent
    const customer = await connectAs('customer');
    await customer.query('CREATE TABLE customer.account (id int PRIMARY KEY)');
    sales = await connectAs('sales');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await dropDatabase(adminDatabaseUrl, databaseName);
  });

  it('lets a service create and read tables in its own schema, found through its search_path', async () => {
    await sales.query('CREATE TABLE opportunity (id int PRIMARY KEY)');
    await sales.query('INSERT INTO sales.opportunity VALUES (1)');
    const { rows } = await sales.query('SELECT id FROM opportunity');
    expect(rows).toEqual([{ id: 1 }]);
  });

  it("keeps a service out of another service's tables", async () => {
    await expectInsufficientPrivilege(sales.query('SELECT * FROM customer.account'));
  });

  it("keeps a service from creating in another service's schema or in public", async () => {
    await expectInsufficientPrivilege(sales.query('CREATE TABLE customer.intruder (id int)'));
    await expectInsufficientPrivilege(sales.query('CREATE TABLE public.intruder (id int)'));
  });

  it('gives each service a jobs schema of its own for its job queue', async () => {
    await sales.query('CREATE TABLE sales_jobs.job (id int PRIMARY KEY)');
    await expectInsufficientPrivilege(sales.query('CREATE TABLE customer_jobs.intruder (id int)'));
  });

  it('lets every service use pg_trgm', async () => {
    const { rows } = await sales.query("SELECT similarity('acme', 'acne') > 0 AS similar");
    expect(rows).toEqual([{ similar: true }]);
  });
});
