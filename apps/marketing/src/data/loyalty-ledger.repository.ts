import { In, LessThanOrEqual, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import type { PointsLot } from '../domain/loyalty-points';
import { LoyaltyLedgerEntry } from './loyalty-ledger-entry.entity';

/** A member's lots with points left, oldest first (loyalty_ledger_open_lots). */
export async function openLotsOf(manager: EntityManager, memberId: string): Promise<PointsLot[]> {
  const lots = await manager.find(LoyaltyLedgerEntry, {
    where: { memberId, remaining: MoreThan(0) },
    order: { occurredAt: 'ASC', id: 'ASC' },
  });
  return lots.map((lot) => ({
    id: lot.id,
    remaining: lot.remaining,
    earnedAt: lot.occurredAt,
    expiresAt: lot.expiresAt,
  }));
}

/** Newest first, keyset-paginated on loyalty_ledger_member_history. */
export function historyOf(
  dataSource: DataSource,
  memberId: string,
  page: PageRequest,
): Promise<Connection<LoyaltyLedgerEntry>> {
  const query = dataSource
    .getRepository(LoyaltyLedgerEntry)
    .createQueryBuilder('entry')
    .where('entry.member_id = :memberId', { memberId });
  return paginate(
    query,
    {
      columns: ['entry.occurred_at', 'entry.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (entry) => [entry.occurredAt.toISOString(), entry.id],
    },
    page,
  );
}

export const EXPIRY_BATCH = 200;

/** Members with a lot whose points expired by `now` and are unused (loyalty_ledger_expiring). */
export async function membersWithExpiredLots(dataSource: DataSource, now: Date): Promise<string[]> {
  const rows: { member_id: string }[] = await dataSource.query(
    `SELECT DISTINCT member_id FROM loyalty_ledger
      WHERE remaining > 0 AND expires_at IS NOT NULL AND expires_at <= $1
      LIMIT ${EXPIRY_BATCH}`,
    [now],
  );
  return rows.map((row) => row.member_id);
}

/** The ledger entries of these members' expired lots: used by the expiry change under the member's lock. */
export const expiredLotsOf = (manager: EntityManager, memberIds: string[], now: Date) =>
  manager.find(LoyaltyLedgerEntry, {
    where: { memberId: In(memberIds), remaining: MoreThan(0), expiresAt: LessThanOrEqual(now) },
    order: { occurredAt: 'ASC', id: 'ASC' },
  });
