import { Client } from 'pg';

/** Rows per table of one service's schema, read in ONE statement (one snapshot). */
export type RowCounts = Record<string, number>;

/**
 * Counts every table of the services' schemas, to tell whether a refused request left anything
 * behind. `inbox` is counted apart: it grows exactly when an event consumer applied something,
 * which says a change seen meanwhile may be the consumer's, not the request's.
 */
export class RowCounter {
  private readonly statements = new Map<string, string>();

  private constructor(private readonly client: Client) {}

  static async connect(databaseUrl: string, schemas: string[]): Promise<RowCounter> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const counter = new RowCounter(client);
    const { rows } = await client.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables
       WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
       ORDER BY 1, 2`,
      [schemas],
    );
    for (const schema of schemas) {
      const tables = rows.filter((row) => row.table_schema === schema).map((row) => row.table_name);
      const counts = tables.map(
        (table) => `(SELECT count(*) FROM "${schema}"."${table}")::int AS "${table}"`,
      );
      if (counts.length) counter.statements.set(schema, `SELECT ${counts.join(', ')}`);
    }
    return counter;
  }

  async count(schema: string): Promise<RowCounts> {
    const statement = this.statements.get(schema);
    if (!statement) return {};
    const { rows } = await this.client.query<RowCounts>(statement);
    return rows[0];
  }

  /** Outbox rows of these requests (by correlation id), in every schema: events of refused requests. */
  async eventsOf(
    correlationIds: string[],
  ): Promise<{ schema: string; type: string; correlationId: string }[]> {
    const found = [];
    for (const schema of this.statements.keys()) {
      const { rows } = await this.client.query<{ type: string; correlation_id: string }>(
        `SELECT event_type AS type, payload->>'correlationid' AS correlation_id FROM "${schema}".outbox
         WHERE payload->>'correlationid' = ANY($1)`,
        [correlationIds],
      );
      found.push(...rows.map((row) => ({ schema, type: row.type, correlationId: row.correlation_id })));
    }
    return found;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Tables whose count moved between two snapshots, unless a consumer applied an event meanwhile.
 * `expected` are the tables a refusal is meant to write (a failed login is counted for throttling).
 */
export function tablesChangedByRequest(
  before: RowCounts,
  after: RowCounts,
  expected: ReadonlySet<string> = new Set(),
): string[] {
  if (before.inbox !== after.inbox) return [];
  return Object.keys(after).filter((table) => before[table] !== after[table] && !expected.has(table));
}
