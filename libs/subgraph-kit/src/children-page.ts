import DataLoader from 'dataloader';
import type { DataSource, EntityTarget } from 'typeorm';
import { isUuid } from '@crm/db';
import { pageSizeOf, toConnection, type Connection, type PageRequest } from './connection';
import { decodeCursor } from './cursor';

/** A child entity listed newest first under its parent, e.g. a customer's opportunities. */
export interface ChildRow {
  id: string;
  createdAt: Date;
}

export interface ChildrenOf<T extends ChildRow> {
  entity: EntityTarget<T>;
  /** SQL column holding the parent id; an index on (parent, created_at, id) must exist. */
  parentColumn: string;
  parentIdOf: (row: T) => string;
  /** SQL column holding the child's owner, for pages restricted to some owners (`ownerIds`). */
  ownerColumn?: string;
  /**
   * The time children are listed by, newest first, when it is not their creation (e.g. when a call
   * took place): an index on (parent, column, id) must exist.
   */
  listedBy?: { column: string; timeOf: (row: T) => Date };
}

const cursorOf =
  <T extends ChildRow>(children: ChildrenOf<T>) =>
  (row: T) => [(children.listedBy?.timeOf(row) ?? row.createdAt).toISOString(), row.id];

/**
 * One page of children for each of many parents, in ONE query: a window function ranks each
 * parent's children newest first and keeps `first + 1` (the extra one tells whether more follow).
 */
export async function pageChildrenOfParents<T extends ChildRow>(
  dataSource: DataSource,
  children: ChildrenOf<T>,
  parentIds: string[],
  page: PageRequest & OwnerRestriction & ChildrenFilter,
): Promise<Map<string, Connection<T>>> {
  const size = pageSizeOf(page.first);
  const after = page.after ? decodeCursor(page.after, ['timestamp', 'uuid']) : null;
  const parent = `child.${children.parentColumn}`;
  const time = children.listedBy?.column ?? 'created_at';
  const owners = page.ownerIds ?? null;
  if (owners && !children.ownerColumn) throw new Error('ownerIds given for children without an ownerColumn');
  const filters = Object.entries(page.filter ?? {});
  const alternatives = (page.anyOf ?? null)?.map((alternative) => Object.entries(alternative));
  const ranked = dataSource
    .createQueryBuilder()
    .select('ranked.id')
    .from(
      (sub) =>
        sub
          .select('child.id', 'id')
          .addSelect(
            `row_number() OVER (PARTITION BY ${parent} ORDER BY child.${time} DESC, child.id DESC)`,
            'rank',
          )
          .from(children.entity, 'child')
          .where(`${parent} = ANY(:parentIds)`)
          .andWhere(after ? `(child.${time}, child.id) < (:afterTime, :afterId)` : 'TRUE')
          .andWhere(owners ? `child.${children.ownerColumn} = ANY(:ownerIds)` : 'TRUE')
          .andWhere(
            filters.length
              ? filters.map(([column], i) => `child.${column} = ANY(:filter${i})`).join(' AND ')
              : 'TRUE',
          )
          .andWhere(alternatives ? anyOfCondition(alternatives) : 'TRUE'),
      'ranked',
    )
    .where('ranked.rank <= :limit');
  const rows = await dataSource
    .getRepository(children.entity)
    .createQueryBuilder('row')
    .where(`row.id IN (${ranked.getQuery()})`)
    .setParameters({
      parentIds: parentIds.filter(isUuid),
      limit: size + 1,
      afterTime: after?.[0],
      afterId: after?.[1],
      ownerIds: owners?.filter(isUuid),
      ...Object.fromEntries(filters.map(([, values], i) => [`filter${i}`, values])),
      ...Object.fromEntries(
        (alternatives ?? []).flatMap((columns, a) =>
          columns.map(([, values], c) => [`anyOf${a}_${c}`, values]),
        ),
      ),
    })
    .orderBy(`row.${time}`, 'DESC')
    .addOrderBy('row.id', 'DESC')
    .getMany();
  const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(children.parentIdOf(row))?.push(row);
  return new Map(
    [...byParent].map(([parentId, list]) => [
      parentId,
      toConnection(list.slice(0, size), list.length > size, cursorOf(children)),
    ]),
  );
}

/** Children matching every column of at least one alternative; no alternative matches nothing. */
function anyOfCondition(alternatives: [string, string[]][][]): string {
  if (alternatives.length === 0) return 'FALSE';
  const each = alternatives.map((columns, a) =>
    columns.length
      ? columns.map(([column], c) => `child.${column} = ANY(:anyOf${a}_${c})`).join(' AND ')
      : 'TRUE',
  );
  return `((${each.join(') OR (')}))`;
}

/** Record-level scope of a page: only children owned by these users; null or absent: every child. */
export interface OwnerRestriction {
  ownerIds?: string[] | null;
}

/** Only children whose column holds one of the values; column names come from code, never from clients. */
export interface ChildrenFilter {
  filter?: Record<string, string[]> | null;
  /**
   * Only children matching one of these filters (each ANDs its columns), e.g. entries of some kinds
   * by any owner OR of other kinds by some owners; an empty list matches no child. Null: all.
   */
  anyOf?: Record<string, string[]>[] | null;
}

export interface ChildrenPageKey extends PageRequest, OwnerRestriction, ChildrenFilter {
  parentId: string;
}

const filterKeyOf = (filter: ChildrenFilter['filter']) =>
  Object.entries(filter ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([column, values]) => `${column}=${[...values].sort().join(',')}`)
    .join(';');

const pageKeyOf = (key: PageRequest & OwnerRestriction & ChildrenFilter) =>
  `${key.first ?? ''}|${key.after ?? ''}|${key.ownerIds ? [...key.ownerIds].sort().join(',') : '*'}|${filterKeyOf(key.filter)}|${key.anyOf ? key.anyOf.map(filterKeyOf).join('/') : '*'}`;

/** Batches a federated list field across a whole list of parents: one query per distinct page request. */
export function childrenPageLoader<T extends ChildRow>(dataSource: DataSource, children: ChildrenOf<T>) {
  return new DataLoader<ChildrenPageKey, Connection<T>, string>(
    async (keys) => {
      const pages = new Map<string, Map<string, Connection<T>>>();
      for (const key of keys) {
        const pageKey = pageKeyOf(key);
        if (pages.has(pageKey)) continue;
        const parentIds = keys.filter((other) => pageKeyOf(other) === pageKey).map((other) => other.parentId);
        pages.set(pageKey, await pageChildrenOfParents(dataSource, children, parentIds, key));
      }
      return keys.map((key) => pages.get(pageKeyOf(key))!.get(key.parentId)!);
    },
    { cacheKeyFn: (key) => `${key.parentId}|${pageKeyOf(key)}` },
  );
}
