import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { isUuid } from '@crm/db';
import { decodeCursor, pageSizeOf, toConnection, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Customer } from './customer.entity';
import {
  EXACT_CONTACT_SCORE,
  likePrefix,
  PREFIX_CONTACT_SCORE,
  type CustomerSearchQuery,
} from '../domain/customer-search-query';

export interface CustomerSearchHit {
  customer: Customer;
  /** 0–1: pg_trgm word similarity of the name, or the email/phone match score. */
  score: number;
}

/**
 * Live customers matching a search, best first. Each branch is served by its own index: the
 * name's GIN trigram index (`<%`, word similarity ≥ pg_trgm.word_similarity_threshold, 0.6), the
 * email and phone text_pattern_ops indexes (prefix). A customer found twice keeps its best score.
 * The caller's owner scope is applied inside each branch, so a rep only ranks their own rows.
 */
export function customerSearchQuery(
  dataSource: DataSource,
  search: CustomerSearchQuery,
  ownerIds: string[] | null,
  page: PageRequest,
): SelectQueryBuilder<Customer> {
  const scope = `merged_into_id IS NULL${ownerIds ? ' AND owner_id = ANY(:ownerIds)' : ''}`;
  const branches = [
    `SELECT id, word_similarity(:searchText, name) AS score FROM customers WHERE :searchText <% name AND ${scope}`,
  ];
  if (search.emailPrefix) {
    branches.push(
      `SELECT id, CASE WHEN email = :email THEN ${EXACT_CONTACT_SCORE} ELSE ${PREFIX_CONTACT_SCORE} END
       FROM customers WHERE email LIKE :emailPrefix AND ${scope}`,
    );
  }
  if (search.phonePrefix) {
    branches.push(
      `SELECT id, CASE WHEN phone = :phone THEN ${EXACT_CONTACT_SCORE} ELSE ${PREFIX_CONTACT_SCORE} END
       FROM customers WHERE phone LIKE :phonePrefix AND ${scope}`,
    );
  }
  const ranked = `(SELECT id, CAST(max(score) AS real) AS score FROM (${branches.join(' UNION ALL ')}) matches GROUP BY id)`;
  const query = dataSource
    .getRepository(Customer)
    .createQueryBuilder('customer')
    .innerJoin(ranked, 'ranked', 'ranked.id = customer.id')
    .addSelect('CAST(ranked.score AS text)', 'search_score')
    .setParameters({
      searchText: search.text,
      email: search.emailPrefix,
      emailPrefix: search.emailPrefix && likePrefix(search.emailPrefix),
      phone: search.phonePrefix,
      phonePrefix: search.phonePrefix && likePrefix(search.phonePrefix),
      ownerIds: ownerIds?.filter(isUuid),
    });
  if (page.after) {
    const [score, id] = decodeCursor(page.after, ['number', 'uuid']);
    query.where('(ranked.score, customer.id) < (CAST(:afterScore AS real), CAST(:afterId AS uuid))', {
      afterScore: score,
      afterId: id,
    });
  }
  return query
    .orderBy('ranked.score', 'DESC')
    .addOrderBy('customer.id', 'DESC')
    .limit(pageSizeOf(page.first) + 1);
}

/** One page of search hits; the cursor is (score, id) as Postgres printed them. */
export async function searchCustomers(
  dataSource: DataSource,
  search: CustomerSearchQuery,
  ownerIds: string[] | null,
  page: PageRequest,
): Promise<Connection<CustomerSearchHit & { cursorScore: string }>> {
  const size = pageSizeOf(page.first);
  const { entities, raw } = await customerSearchQuery(dataSource, search, ownerIds, page).getRawAndEntities<{
    search_score: string;
  }>();
  const hits = entities.map((customer, i) => ({
    customer,
    score: Number(raw[i].search_score),
    cursorScore: raw[i].search_score,
  }));
  return toConnection(hits.slice(0, size), hits.length > size, (hit) => [hit.cursorScore, hit.customer.id]);
}
