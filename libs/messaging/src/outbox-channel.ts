/** The LISTEN/NOTIFY channel on which a service's outbox announces new rows. */
export function outboxChannelOf(schema: string): string {
  return `${schema}_outbox`;
}
