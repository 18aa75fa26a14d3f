import type { DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { NAME_SIMILARITY_THRESHOLD, type DuplicateEvidence } from '../domain/duplicate-score';

export interface DuplicateMatchRow extends DuplicateEvidence {
  /** The customer whose duplicates were asked for. */
  sourceId: string;
  customerId: string;
}

export interface DuplicatePairRow extends DuplicateEvidence {
  leftId: string;
  rightId: string;
}

/** How many matches per customer are examined; the best ones are kept after scoring. */
const MATCHES_PER_CUSTOMER = 20;

/**
 * Blocks larger than this are ignored by duplicateCandidates: a first name word shared by hundreds of
 * customers ("The", "Global") says nothing, and capping keeps the pair count linear in the rows.
 */
export const MAX_BLOCK_SIZE = 50;

/** Same expression as the customers_name_block index (migration 1764000001400). */
const nameBlock = (alias: string) => `substring(lower(${alias}.name) from '^[[:alnum:]]+')`;

/** Live customers the caller may see; `$n` holds the owner ids when the scope is restricted. */
const scopeOf = (alias: string, ownerIds: string[] | null, n: number) =>
  `${alias}.merged_into_id IS NULL${ownerIds ? ` AND ${alias}.owner_id = ANY($${n})` : ''}`;

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

interface RawMatch {
  source_id: string;
  customer_id: string;
  same_email: boolean;
  same_phone: boolean;
  name_similarity: number;
}

/**
 * Customers that look like each of `customerIds`, in one query: a LATERAL probe per customer on the
 * email and phone indexes and the name's trigram index (`%`, then the stricter similarity).
 */
export async function findLikelyDuplicates(
  dataSource: DataSource,
  customerIds: string[],
  ownerIds: string[] | null,
): Promise<DuplicateMatchRow[]> {
  const rows: RawMatch[] = await dataSource.query(
    `SELECT source.id AS source_id, match.id AS customer_id, match.same_email, match.same_phone,
            match.name_similarity
     FROM customers source
     CROSS JOIN LATERAL (
       SELECT other.id,
              coalesce(other.email = source.email, false) AS same_email,
              coalesce(other.phone = source.phone, false) AS same_phone,
              similarity(other.name, source.name) AS name_similarity
       FROM customers other
       WHERE other.id <> source.id AND ${scopeOf('other', ownerIds, 2)}
         AND (other.email = source.email OR other.phone = source.phone
              OR (other.name % source.name AND similarity(other.name, source.name) >= ${NAME_SIMILARITY_THRESHOLD}))
       ORDER BY (other.email = source.email) IS TRUE DESC, (other.phone = source.phone) IS TRUE DESC,
                similarity(other.name, source.name) DESC, other.id
       LIMIT ${MATCHES_PER_CUSTOMER}
     ) match
     WHERE source.id = ANY($1)`,
    ownerIds ? [customerIds.filter(isUuid), ownerIds.filter(isUuid)] : [customerIds.filter(isUuid)],
  );
  return rows.map((row) => ({
    sourceId: row.source_id,
    customerId: row.customer_id,
    sameEmail: row.same_email,
    samePhone: row.same_phone,
    nameSimilarity: Number(row.name_similarity),
  }));
}

interface RawPair {
  left_id: string;
  right_id: string;
  same_email: boolean;
  same_phone: boolean;
  name_similarity: number;
}

/**
 * Duplicate pairs over the whole base, ordered by (left id, right id) for keyset paging. Blocking
 * keeps it linear: customers are grouped by email, phone and first name word (each an index), a
 * block of 2 to MAX_BLOCK_SIZE members yields its pairs, and a pair found only through its name block
 * must also have similar names. Each id appears once as the smaller (left) id of a pair.
 */
export async function findDuplicatePairs(
  dataSource: DataSource,
  ownerIds: string[] | null,
  after: [string, string] | null,
  limit: number,
): Promise<DuplicatePairRow[]> {
  const live = scopeOf('c', ownerIds, 3);
  const block = (key: string, reason: string) => `
    SELECT c.id, '${reason}' AS reason, ${key} AS block FROM customers c
    WHERE ${live} AND ${key} IN (
      SELECT ${key} FROM customers c WHERE ${live} AND ${key} IS NOT NULL
      GROUP BY 1 HAVING count(*) BETWEEN 2 AND ${MAX_BLOCK_SIZE})`;
  const rows: RawPair[] = await dataSource.query(
    `WITH members AS (
       ${block('c.email', 'EMAIL')} UNION ALL ${block('c.phone', 'PHONE')}
       UNION ALL ${block(nameBlock('c'), 'NAME')}
     ), pairs AS (
       SELECT a.id AS left_id, b.id AS right_id, array_agg(a.reason) AS reasons
       FROM members a JOIN members b ON a.reason = b.reason AND a.block = b.block AND a.id < b.id
       GROUP BY a.id, b.id
     )
     SELECT pairs.left_id, pairs.right_id,
            'EMAIL' = ANY(pairs.reasons) AS same_email, 'PHONE' = ANY(pairs.reasons) AS same_phone,
            similarity(l.name, r.name) AS name_similarity
     FROM pairs JOIN customers l ON l.id = pairs.left_id JOIN customers r ON r.id = pairs.right_id
     WHERE (pairs.left_id, pairs.right_id) > ($1::uuid, $2::uuid)
       AND (pairs.reasons && ARRAY['EMAIL', 'PHONE'] OR similarity(l.name, r.name) >= ${NAME_SIMILARITY_THRESHOLD})
     ORDER BY pairs.left_id, pairs.right_id
     LIMIT ${Number(limit)}`,
    [after?.[0] ?? FIRST_UUID, after?.[1] ?? FIRST_UUID, ...(ownerIds ? [ownerIds.filter(isUuid)] : [])],
  );
  return rows.map((row) => ({
    leftId: row.left_id,
    rightId: row.right_id,
    sameEmail: row.same_email,
    samePhone: row.same_phone,
    nameSimilarity: Number(row.name_similarity),
  }));
}
