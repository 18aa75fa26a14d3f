import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '@crm/errors';
import { decodeCursor, encodeCursor, type CursorKey, type CursorValues } from './cursor';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount?: number;
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

export function pageSizeOf(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(field, `must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`);
  }
  return first;
}

export interface KeysetOrder<T> {
  /** SQL expressions of the sort key, most significant first; the last must be unique (the id). */
  columns: string[];
  /** What each column holds, in the same order: a cursor's values are checked against them. */
  keys: CursorKey[];
  direction: 'ASC' | 'DESC';
  /** The same key read from a row, as strings. */
  valuesOf: (row: T) => CursorValues;
}

/** Keyset pagination (no OFFSET): rows after the cursor's key, one extra row to know if more follow. */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  page: PageRequest,
): Promise<Connection<T>> {
  const size = pageSizeOf(page.first);
  if (page.after) {
    const values = decodeCursor(page.after, order.keys);
    const operator = order.direction === 'DESC' ? '<' : '>';
    const params = Object.fromEntries(values.map((value, i) => [`cursor${i}`, value]));
    query.andWhere(
      `(${order.columns.join(', ')}) ${operator} (${values.map((_, i) => `:cursor${i}`).join(', ')})`,
      params,
    );
  }
  order.columns.forEach((column, i) =>
    i === 0 ? query.orderBy(column, order.direction) : query.addOrderBy(column, order.direction),
  );
  const rows = await query.limit(size + 1).getMany();
  return toConnection(rows.slice(0, size), rows.length > size, (row) => order.valuesOf(row));
}

export function toConnection<T>(
  nodes: T[],
  hasNextPage: boolean,
  keyOf: (node: T) => CursorValues,
): Connection<T> {
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
