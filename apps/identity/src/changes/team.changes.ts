import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Team } from '../data/team.entity';
import { asTeamNameConflict } from '../data/team.repository';
import { User } from '../data/user.entity';
import { assertActiveManager, type NewTeam } from '../domain/new-team';
import { teamCreatedEvent } from '../events/team.events';

/** Adds a team under an active manager; CONFLICT when the name is taken. */
export function createTeam(scope: ChangeScope, fields: NewTeam): Promise<Team> {
  return runChange(scope, async (change) => {
    const manager = await change.lock(User, fields.managerId, {
      field: 'input.managerId',
      mode: 'for_no_key_update',
    });
    assertActiveManager(manager);
    const now = new Date();
    const team = Object.assign(new Team(), {
      ...fields,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    try {
      await change.insert(Team, team, { action: 'createTeam' });
    } catch (error) {
      throw asTeamNameConflict(error, team.name);
    }
    change.publish(teamCreatedEvent(change.origin, team));
    return team;
  });
}
