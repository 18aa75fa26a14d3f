import type { EventHandler } from '@crm/messaging';
import { KnownTeam } from '../data/known-team.entity';

/** Remembers the team: its queue may now take tickets. */
export const onTeamCreated: EventHandler<'crm.identity.team.created'> = async (event, manager) => {
  const { teamId, name, managerId, createdAt } = event.data;
  await manager
    .createQueryBuilder()
    .insert()
    .into(KnownTeam)
    .values({ id: teamId, name, managerId, createdAt: new Date(createdAt) })
    .orIgnore()
    .execute();
};
