/**
 * Customers and the span of ids they lie in. A query over many customers reads the span by index
 * and keeps the customers (`customer_id BETWEEN first AND last AND customer_id = ANY(ids)`): a nightly
 * batch is a span of consecutive ids, and with 10,000 ids in `= ANY` alone the planner scans the
 * whole table instead.
 */
export interface CustomerIdSpan {
  /** Sorted, each once. */
  ids: string[];
  first: string;
  last: string;
}

/** Ids are canonical (lower-case) UUIDs, whose text order is Postgres' uuid order. */
export function customerIdSpanOf(customerIds: readonly string[]): CustomerIdSpan {
  const ids = [...new Set(customerIds)].sort();
  return { ids, first: ids[0], last: ids.at(-1)! };
}
