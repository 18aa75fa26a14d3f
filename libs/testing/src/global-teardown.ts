/** Stops what the global setup started itself (an embedded Postgres); a running broker stays for the next run. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres?.();
}
