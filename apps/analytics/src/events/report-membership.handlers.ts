import type { EntityManager } from 'typeorm';
import type { EventHandler, EventHandlers } from '@crm/messaging';
import { withCustomerRollups } from '../data/customer-rollup.repository';

/**
 * Segment members (the reports' segment filter) and users' teams (the team filter of customer and
 * sales reports, and whose won deals a team quota counts: the one user → team projection). A member may
 * be a customer merged since: the filter's join to report_customers leaves merged rows out, and the
 * merge moved earlier memberships to the survivor. Members count in the churn roll-ups by segment.
 */
/** The customers the ids count as now: their survivors if merged. */
async function survivorsOf(manager: EntityManager, customerIds: string[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT DISTINCT coalesce(c.merged_into_id, member.id) AS id FROM unnest($1::uuid[]) AS member(id)
     LEFT JOIN report_customers c ON c.customer_id = member.id`,
    [customerIds],
  );
  return rows.map((row) => row.id);
}

const onMemberAdded: EventHandler<'crm.marketing.segment.member_added'> = async (event, manager) => {
  const members = await survivorsOf(manager, event.data.customerIds);
  await withCustomerRollups(manager, members, () =>
    manager.query(
      `INSERT INTO report_segment_members (segment_id, customer_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [event.data.segmentId, members],
    ),
  );
};

const onMemberRemoved: EventHandler<'crm.marketing.segment.member_removed'> = async (event, manager) => {
  const { segmentId, customerIds } = event.data;
  await withCustomerRollups(manager, customerIds, () =>
    manager.query('DELETE FROM report_segment_members WHERE segment_id = $1 AND customer_id = ANY($2)', [
      segmentId,
      customerIds,
    ]),
  );
};

const setTeam = (manager: EntityManager, userId: string, teamId: string | null) =>
  manager.query(
    `INSERT INTO report_user_teams (user_id, team_id) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET team_id = EXCLUDED.team_id`,
    [userId, teamId],
  );

const onUserCreated: EventHandler<'crm.identity.user.created'> = async (event, manager) => {
  await setTeam(manager, event.data.userId, event.data.teamId);
};

const onTeamAssigned: EventHandler<'crm.identity.user.team_assigned'> = async (event, manager) => {
  await setTeam(manager, event.data.userId, event.data.teamId);
};

export const reportMembershipHandlers: EventHandlers = {
  'crm.marketing.segment.member_added': onMemberAdded,
  'crm.marketing.segment.member_removed': onMemberRemoved,
  'crm.identity.user.created': onUserCreated,
  'crm.identity.user.team_assigned': onTeamAssigned,
};
