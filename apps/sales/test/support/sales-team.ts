import { randomUUID } from 'node:crypto';
import { person } from '@crm/platform-testing';

/**
 * The callers of the record-access rules: rep A in a team whose manager manages them, rep B
 * outside it, and an admin who sees everything. A fresh team and fresh ids for each test file.
 */
export function salesTeam() {
  const teamId = randomUUID();
  const repA = person(['SALES_REP'], { teamId });
  return {
    teamId,
    repA,
    repB: person(['SALES_REP']),
    manager: person(['SALES_MANAGER'], { teamId, managedUserIds: [repA.userId] }),
    admin: person(['ADMIN']),
  };
}
