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
 * The number lives in refresh_duplicate_candidates (migration 1764000004700); this names it.
 */
export const MAX_BLOCK_SIZE = 50;

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
 * Duplicate pairs over the whole base, ordered by (left id, right id) for keyset paging: a walk of
 * duplicate_candidates' primary key, which the database keeps current as customers change
 * (migration 1764000004700 holds the blocking rules). Each id appears once as the smaller (left) id
 * of a pair. A restricted caller sees the pairs whose two customers are both theirs, read through
 * the owners each pair carries (migration 1764000004710).
 */
export async function findDuplicatePairs(
  dataSource: DataSource,
  ownerIds: string[] | null,
  after: [string, string] | null,
  limit: number,
): Promise<DuplicatePairRow[]> {
  const rows: RawPair[] = await dataSource.query(
    `SELECT d.left_id, d.right_id,
            bool_or(d.reason = 'EMAIL') AS same_email, bool_or(d.reason = 'PHONE') AS same_phone,
            similarity(l.name, r.name) AS name_similarity
     FROM duplicate_candidates d
     JOIN customers l ON l.id = d.left_id JOIN customers r ON r.id = d.right_id
     WHERE (d.left_id, d.right_id) > ($1::uuid, $2::uuid)
       ${ownerIds ? 'AND d.left_owner_id = ANY($3) AND d.right_owner_id = ANY($3)' : ''}
     GROUP BY d.left_id, d.right_id, l.name, r.name
     ORDER BY d.left_id, d.right_id
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
