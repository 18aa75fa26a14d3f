import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { TagRef } from '../domain/tag-refs';
import { CustomerTag } from './customer-tag.entity';
import { Tag } from './tag.entity';

/** The tags the references name: ids must exist, named tags are created in their group on first use. */
export async function resolveTagRefs(manager: EntityManager, refs: TagRef[], path: string): Promise<Tag[]> {
  const tags: Tag[] = [];
  for (const [index, ref] of refs.entries()) {
    if ('id' in ref) {
      const tag = await manager.getRepository(Tag).findOneBy({ id: ref.id });
      if (!tag) throw notFound('Tag', ref.id, `${path}.${index}.id`);
      tags.push(tag);
      continue;
    }
    await manager.query(
      `INSERT INTO tags (id, group_code, name, created_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (group_code, lower(name)) DO NOTHING`,
      [newId(), ref.group, ref.name],
    );
    tags.push(
      await manager
        .getRepository(Tag)
        .createQueryBuilder('tag')
        .where('tag.group_code = :group AND lower(tag.name) = lower(:name)', ref)
        .getOneOrFail(),
    );
  }
  return tags;
}

/** The tags on each of these customers, by group then name (one query for a whole page of customers). */
export function tagsOfCustomers(
  manager: DataSource | EntityManager,
  customerIds: string[],
): Promise<(Tag & { customerId: string })[]> {
  return manager.query(
    `SELECT tag.id, tag.group_code AS "group", tag.name, tag.created_at AS "createdAt", link.customer_id AS "customerId"
       FROM customer_tags link JOIN tags tag ON tag.id = link.tag_id
      WHERE link.customer_id = ANY($1)
      ORDER BY tag.group_code, tag.name`,
    [customerIds.filter(isUuid)],
  );
}

/** Adds the links that do not exist yet; returns whether any was added. */
export async function attachTags(
  manager: EntityManager,
  customerId: string,
  tagIds: string[],
): Promise<boolean> {
  const added: unknown[] = await manager.query(
    `INSERT INTO customer_tags (customer_id, tag_id, tagged_at)
     SELECT $1, tag_id, now() FROM unnest($2::uuid[]) AS tag_id
     ON CONFLICT DO NOTHING RETURNING tag_id`,
    [customerId, tagIds],
  );
  return added.length > 0;
}

export async function detachTags(
  manager: EntityManager,
  customerId: string,
  tagIds: string[],
): Promise<boolean> {
  const result = await manager.delete(CustomerTag, { customerId, tagId: In(tagIds) });
  return (result.affected ?? 0) > 0;
}

/** A group's tags by name, keyset-paginated on tags_group_name_id. */
export function listTags(dataSource: DataSource, group: string, page: PageRequest): Promise<Connection<Tag>> {
  const query = dataSource
    .getRepository(Tag)
    .createQueryBuilder('tag')
    .where('tag.group_code = :group', { group });
  return paginate(
    query,
    {
      columns: ['tag.name', 'tag.id'],
      keys: ['text', 'uuid'],
      direction: 'ASC',
      valuesOf: (tag) => [tag.name, tag.id],
    },
    page,
  );
}
