/** Deletes this run's topics, consumer groups and database, and stops what the setup started itself; a running broker stays. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { crmTestRun?: { stop(): Promise<void> } }).crmTestRun?.stop();
}
