import { In, type DataSource } from 'typeorm';
import { decodeCursor, pageSizeOf, toConnection, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Opportunity } from './opportunity.entity';

export const opportunityCursorOf = (opportunity: Opportunity) => [opportunity.createdAt.toISOString(), opportunity.id];

export function findOpportunitiesByIds(dataSource: DataSource, ids: string[]): Promise<Opportunity[]> {
  return dataSource.getRepository(Opportunity).findBy({ id: In(ids) });
}

/**
 * One page of opportunities for each of many customers, in ONE query: a window function ranks
 * each customer's deals newest first and keeps `first + 1` of them (the extra one tells whether
 * another page follows).
 */
export async function pageOpportunitiesOfCustomers(
  dataSource: DataSource,
  customerIds: string[],
  page: PageRequest,
): Promise<Map<string, Connection<Opportunity>>> {
  const size = pageSizeOf(page.first);
  const after = page.after ? decodeCursor(page.after, 2) : null;
  const ranked = dataSource
    .createQueryBuilder()
    .select('ranked.id')
    .from(
      (sub) =>
        sub
          .select('o.id', 'id')
          .addSelect('row_number() OVER (PARTITION BY o.customer_id ORDER BY o.created_at DESC, o.id DESC)', 'rank')
          .from(Opportunity, 'o')
          .where('o.customer_id = ANY(:customerIds)')
          .andWhere(after ? '(o.created_at, o.id) < (:afterTime, :afterId)' : 'TRUE'),
      'ranked',
    )
    .where('ranked.rank <= :limit');
  const rows = await dataSource
    .getRepository(Opportunity)
    .createQueryBuilder('opportunity')
    .where(`opportunity.id IN (${ranked.getQuery()})`)
    .setParameters({ customerIds, limit: size + 1, afterTime: after?.[0], afterId: after?.[1] })
    .orderBy('opportunity.created_at', 'DESC')
    .addOrderBy('opportunity.id', 'DESC')
    .getMany();
  const byCustomer = new Map<string, Opportunity[]>(customerIds.map((id) => [id, []]));
  for (const row of rows) byCustomer.get(row.customerId)?.push(row);
  return new Map(
    [...byCustomer].map(([customerId, list]) => [
      customerId,
      toConnection(list.slice(0, size), list.length > size, opportunityCursorOf),
    ]),
  );
}
