import type { Client } from 'pg';
import { escapeIdentifier as id } from 'pg';
import type { DataSource } from 'typeorm';
import { createServiceDataSource, runMigrations } from '@crm/db';
import { serviceEntities, serviceMigrations } from '@crm/subgraph-kit';
import { analyticsEntities, analyticsMigrations } from '../analytics-subgraph';

/**
 * An empty schema for the rebuilt read models, owned by the service's role as its own schema is
 * (creating a schema takes the database's CREATE right, which only the admin has). One left over
 * by a rebuild that stopped half-way is dropped first.
 */
export async function createFreshSchema(admin: Client, schema: string, ownerRole: string): Promise<void> {
  await admin.query(`DROP SCHEMA IF EXISTS ${id(schema)} CASCADE`);
  await admin.query(`CREATE SCHEMA ${id(schema)} AUTHORIZATION ${id(ownerRole)}`);
  await admin.query(`REVOKE ALL ON SCHEMA ${id(schema)} FROM PUBLIC`);
}

/**
 * A data source on `schema` with every table analytics has, made by analytics' own migrations
 * (whatever read models it lists when the rebuild runs), connected as the service's role.
 */
export async function readModelsIn(databaseUrl: string, schema: string): Promise<DataSource> {
  const dataSource = createServiceDataSource({
    url: databaseUrl,
    schema,
    poolSize: 2,
    applicationName: `crm-analytics-rebuild`,
    entities: serviceEntities(analyticsEntities),
    migrations: serviceMigrations(analyticsMigrations),
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  return dataSource;
}
