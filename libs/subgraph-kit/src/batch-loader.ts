import DataLoader from 'dataloader';

/**
 * A per-request loader that fetches many ids in one query and hands each caller its row (or
 * null), in the order asked — what batched `__resolveReference` needs (DESIGN §6).
 */
export function loaderById<T extends { id: string }>(fetchMany: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetchMany([...ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Like loaderById, for a one-to-many relation: one query for all parents, grouped by parent id. */
export function loaderByParent<T>(
  fetchMany: (parentIds: string[]) => Promise<T[]>,
  parentIdOf: (row: T) => string,
) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await fetchMany([...parentIds]);
    const byParent = new Map<string, T[]>();
    for (const row of rows) byParent.set(parentIdOf(row), [...(byParent.get(parentIdOf(row)) ?? []), row]);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
