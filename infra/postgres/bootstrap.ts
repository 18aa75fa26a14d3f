// `npm run db:bootstrap`: the database at DATABASE_ADMIN_URL's server with one role and schema per service.
import { loadInfrastructureConfig } from '@crm/config';
import { bootstrapDatabase } from './bootstrap-database';

async function main(): Promise<void> {
  const { adminDatabaseUrl, databaseName } = loadInfrastructureConfig();
  const server = new URL(adminDatabaseUrl).host;
  console.log(`Bootstrapping database ${databaseName} on ${server}`);
  await bootstrapDatabase({ adminUrl: adminDatabaseUrl, databaseName, log: (m) => console.log(`  ${m}`) });
  console.log('Done.');
}

main().catch((error: unknown) => {
  console.error(`Bootstrap failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Is Postgres running and does DATABASE_ADMIN_URL name a superuser?');
  process.exitCode = 1;
});
