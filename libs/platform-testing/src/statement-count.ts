import { queryObserver } from '@crm/db';
import { waitFor } from '@crm/testing';

/**
 * The SQL statements the data sources of these schemas ran while `request` was in flight: the N+1
 * check of a list query (issue 16 item 7). Events consumed meanwhile by the same schemas would be
 * counted too: see untilSchemasAreQuiet.
 */
export async function statementsDuring<T>(
  schemas: readonly string[],
  request: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const record = (schema: string, sql: string) => {
    if (schemas.includes(schema)) statements.push(sql);
  };
  queryObserver.on('query', record);
  try {
    return { result: await request(), statements };
  } finally {
    queryObserver.off('query', record);
  }
}

export interface ListPage {
  edges: unknown[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface ListStatementCounts {
  /** Statements for a page of 10 items, of 100, and for each page of 200 walking 1 000 items. */
  ten: number;
  hundred: number;
  thousand: number[];
  /** Items the 1 000-item walk read. */
  read: number;
}

/**
 * Until these schemas run nothing during `probe` (a request that runs no SQL of its own): the events
 * a test's setup published have been consumed, so what is counted next is the request's own.
 */
export async function untilSchemasAreQuiet(schemas: readonly string[], probe: () => Promise<unknown>) {
  await waitFor(
    async () => {
      const { statements } = await statementsDuring(schemas, probe);
      if (statements.length > 0) throw new Error(`still busy: ${statements[0]}`);
    },
    { timeoutMs: 60_000 },
  );
}

/**
 * Statements per request of a list query over (at least) 1 000 items: at 10, at 100 and at 1 000
 * (pages of 200, the largest page). `fetchPage` sends one page request through the gateway;
 * `quietProbe` one that runs no SQL (e.g. `{ __typename }`), to count each page in a quiet moment.
 */
export async function listStatementCounts(
  schemas: readonly string[],
  fetchPage: (first: number, after: string | null) => Promise<ListPage>,
  quietProbe: () => Promise<unknown>,
): Promise<ListStatementCounts> {
  const count = async (first: number, after: string | null) => {
    await untilSchemasAreQuiet(schemas, quietProbe);
    const { result, statements } = await statementsDuring(schemas, () => fetchPage(first, after));
    return { page: result, statements: statements.length };
  };
  const ten = await count(10, null);
  const hundred = await count(100, null);
  const thousand: number[] = [];
  let read = 0;
  let after: string | null = null;
  do {
    const next = await count(200, after);
    thousand.push(next.statements);
    read += next.page.edges.length;
    after = next.page.pageInfo.hasNextPage ? next.page.pageInfo.endCursor : null;
  } while (after && read < 1_000);
  return { ten: ten.statements, hundred: hundred.statements, thousand, read };
}
