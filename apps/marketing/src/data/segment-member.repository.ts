import { In, type DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, pageSizeOf, toConnection, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { compileSegmentRule, SqlParameters } from '../domain/segment-rule.compiler';
import type { SegmentRule } from '../domain/segment-rule';
import { Segment } from './segment.entity';

export interface MembershipDiff {
  added: string[];
  removed: string[];
}

export interface SegmentMemberRow {
  segmentId: string;
  customerId: string;
  addedAt: Date;
}

/**
 * Makes the stored members of a dynamic segment exactly the profiles its rule matches at `now`, in
 * one statement: the rule is evaluated once in SQL, and only the difference is written and returned.
 */
export async function syncSegmentMembers(
  manager: EntityManager,
  segmentId: string,
  rule: SegmentRule,
  now: Date,
): Promise<MembershipDiff> {
  const parameters = new SqlParameters([segmentId, now]);
  const matches = compileSegmentRule(rule, parameters, now);
  const rows: { change: 'added' | 'removed'; customer_id: string }[] = await manager.query(
    `WITH matching AS (SELECT p.customer_id FROM customer_profiles p WHERE ${matches}),
     added AS (
       INSERT INTO segment_members (segment_id, customer_id, added_at)
       -- In key order: both member indexes then grow at their right edge (a quarter faster at 1 M profiles).
       SELECT $1, customer_id, $2 FROM matching ORDER BY customer_id
       ON CONFLICT DO NOTHING RETURNING customer_id),
     removed AS (
       DELETE FROM segment_members m WHERE m.segment_id = $1
         AND NOT EXISTS (SELECT 1 FROM matching x WHERE x.customer_id = m.customer_id)
       RETURNING customer_id)
     SELECT 'added' AS change, customer_id FROM added
     UNION ALL SELECT 'removed', customer_id FROM removed`,
    parameters.values,
  );
  return {
    added: rows.filter((row) => row.change === 'added').map((row) => row.customer_id),
    removed: rows.filter((row) => row.change === 'removed').map((row) => row.customer_id),
  };
}

/** The active dynamic segments, to re-evaluate a changed customer against. */
export function activeDynamicSegments(manager: EntityManager): Promise<Segment[]> {
  return manager.find(Segment, { where: { status: 'ACTIVE', kind: 'DYNAMIC' } });
}

export interface CustomerMemberships {
  /** The segments whose rule the profile matches now. */
  matched: Set<string>;
  /** The segments the customer is a stored member of. */
  stored: Set<string>;
}

/**
 * Which of `segments` the customer's profile matches at `now`, and which it is stored in: one
 * query over the one profile row (its primary key), one boolean column per segment.
 */
export async function membershipsOfCustomer(
  manager: EntityManager,
  customerId: string,
  segments: Segment[],
  now: Date,
): Promise<CustomerMemberships> {
  const ids = segments.map((segment) => segment.id);
  const parameters = new SqlParameters([customerId, ids]);
  const columns = segments.map(
    (segment, i) => `${compileSegmentRule(segment.rule!, parameters, now)} AS s${i}`,
  );
  const rows: (Record<string, boolean | null> & { stored: string[] })[] = await manager.query(
    `SELECT ${columns.join(', ')},
            ARRAY(SELECT segment_id::text FROM segment_members
                  WHERE customer_id = $1 AND segment_id = ANY($2::uuid[])) AS stored
     FROM customer_profiles p WHERE p.customer_id = $1`,
    parameters.values,
  );
  if (rows.length === 0) {
    const stored: { segment_id: string }[] = await manager.query(
      'SELECT segment_id FROM segment_members WHERE customer_id = $1 AND segment_id = ANY($2::uuid[])',
      [customerId, ids],
    );
    return { matched: new Set(), stored: new Set(stored.map((row) => row.segment_id)) };
  }
  return {
    matched: new Set(ids.filter((_, i) => rows[0][`s${i}`] === true)),
    stored: new Set(rows[0].stored),
  };
}

/** Every segment the customer is a member of, archived ones included. */
export async function allMembershipsOf(manager: EntityManager, customerId: string): Promise<string[]> {
  const rows: { segment_id: string }[] = await manager.query(
    'SELECT segment_id FROM segment_members WHERE customer_id = $1',
    [customerId],
  );
  return rows.map((row) => row.segment_id);
}

/** Adds the customers not yet members; returns those it added. */
export async function addMembers(
  manager: EntityManager,
  segmentId: string,
  customerIds: string[],
  now: Date,
): Promise<string[]> {
  if (customerIds.length === 0) return [];
  const rows: { customer_id: string }[] = await manager.query(
    `INSERT INTO segment_members (segment_id, customer_id, added_at)
     SELECT $1, customer_id, $3 FROM unnest($2::uuid[]) AS customer_id
     ON CONFLICT DO NOTHING RETURNING customer_id`,
    [segmentId, [...new Set(customerIds)], now],
  );
  return rows.map((row) => row.customer_id);
}

/** Removes the customers that are members; returns those it removed. */
export async function removeMembers(
  manager: EntityManager,
  segmentId: string,
  customerIds: string[],
): Promise<string[]> {
  if (customerIds.length === 0) return [];
  const rows: { customer_id: string }[] = await manager.query(
    // As a CTE: TypeORM hands back a bare DELETE … RETURNING as [rows, count].
    `WITH removed AS (
       DELETE FROM segment_members WHERE segment_id = $1 AND customer_id = ANY($2::uuid[]) RETURNING customer_id)
     SELECT customer_id FROM removed`,
    [segmentId, customerIds],
  );
  return rows.map((row) => row.customer_id);
}

/** The segment's member ids, for a campaign's audience (issue 13 §1). */
export async function segmentMemberIds(manager: EntityManager, segmentId: string): Promise<string[]> {
  const rows: { customer_id: string }[] = await manager.query(
    'SELECT customer_id FROM segment_members WHERE segment_id = $1 ORDER BY customer_id',
    [segmentId],
  );
  return rows.map((row) => row.customer_id);
}

/** Members in customer id order, keyset-paginated on the primary key (segment_id, customer_id). */
export async function segmentMembersPage(
  dataSource: DataSource,
  segmentId: string,
  page: PageRequest,
): Promise<Connection<SegmentMemberRow>> {
  const size = pageSizeOf(page.first);
  const after = page.after ? decodeCursor(page.after, ['uuid'])[0] : null;
  const rows: SegmentMemberRow[] = await dataSource.query(
    `SELECT segment_id AS "segmentId", customer_id AS "customerId", added_at AS "addedAt" FROM segment_members
     WHERE segment_id = $1 AND ($2::uuid IS NULL OR customer_id > $2::uuid)
     ORDER BY customer_id LIMIT $3`,
    [segmentId, after, size + 1],
  );
  return toConnection(rows.slice(0, size), rows.length > size, (row) => [row.customerId]);
}

export async function segmentSizes(
  dataSource: DataSource,
  segmentIds: string[],
): Promise<Map<string, number>> {
  const rows: { segment_id: string; size: number }[] = await dataSource.query(
    `SELECT segment_id, count(*)::int AS size FROM segment_members WHERE segment_id = ANY($1::uuid[]) GROUP BY segment_id`,
    [segmentIds],
  );
  return new Map(rows.map((row) => [row.segment_id, row.size]));
}

/** The active segments of each customer, for Customer.segments (one query per request). */
export async function activeSegmentsOfCustomers(
  dataSource: DataSource,
  customerIds: string[],
): Promise<(Segment & { memberId: string })[]> {
  const rows: { member_id: string; id: string }[] = await dataSource.query(
    `SELECT m.customer_id AS member_id, s.id FROM segment_members m JOIN segments s ON s.id = m.segment_id
     WHERE m.customer_id = ANY($1::uuid[]) AND s.status = 'ACTIVE' ORDER BY s.name, s.id`,
    [customerIds],
  );
  const segments = await dataSource
    .getRepository(Segment)
    .findBy({ id: In([...new Set(rows.map((row) => row.id))]) });
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  return rows.map((row) => Object.assign(new Segment(), byId.get(row.id)!, { memberId: row.member_id }));
}

export interface RulePreview {
  size: number;
  sampleCustomerIds: string[];
}

/** How many profiles a rule matches at `now`, and a few of them: nothing is stored. */
export async function previewRule(
  dataSource: DataSource,
  rule: SegmentRule,
  now: Date,
  sample: number,
): Promise<RulePreview> {
  const parameters = new SqlParameters();
  const matches = compileSegmentRule(rule, parameters, now);
  const [{ size }]: { size: number }[] = await dataSource.query(
    `SELECT count(*)::int AS size FROM customer_profiles p WHERE ${matches}`,
    parameters.values,
  );
  const limit = `$${parameters.values.length + 1}`;
  const rows: { customer_id: string }[] = await dataSource.query(
    `SELECT p.customer_id FROM customer_profiles p WHERE ${matches} ORDER BY p.customer_id LIMIT ${limit}`,
    [...parameters.values, sample],
  );
  return { size, sampleCustomerIds: rows.map((row) => row.customer_id) };
}
