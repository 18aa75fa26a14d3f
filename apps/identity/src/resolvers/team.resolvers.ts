import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { runIdempotently, parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { createTeam } from '../changes/team.changes';
import type { Team } from '../data/team.entity';
import { listTeams } from '../data/team.repository';
import { parseNewTeam } from '../domain/new-team';
import type { Resolvers } from '../generated/resolvers-types';
import type { IdentityContext } from '../identity-context';

export async function teamById(id: string, context: IdentityContext, field = 'id'): Promise<Team> {
  const team = await context.loaders.teamById.load(parseId(field, id));
  if (!team) throw notFound('Team', id, field);
  return team;
}

export const teamResolvers: Resolvers = {
  Query: {
    team: guard('user:read', (_, { id }, context) => teamById(id, context)),
    teams: guard('user:read', (_, page, context) => listTeams(context.dataSource, page)),
  },
  Mutation: {
    createTeam: guard('user:write', async (_, { input: { idempotencyKey, ...input } }, context) => {
      const fields = parseNewTeam(input);
      const request = {
        operation: 'createTeam',
        key: idempotencyKey,
        input,
        field: 'input.idempotencyKey',
      };
      const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
        const team = await createTeam(scope, fields);
        return team.id;
      });
      return teamById(id, context);
    }),
  },
  Team: {
    __resolveReference: guardReference('user:read', (reference, context) =>
      context.loaders.teamById.load(reference.id),
    ),
    // teams.manager_id references users, so the manager is always there.
    manager: async (team, _, context) => {
      const manager = await context.loaders.userById.load(team.managerId);
      if (!manager) throw notFound('User', team.managerId);
      return manager;
    },
    members: (team, _, context) => context.loaders.membersByTeamId.load(team.id),
  },
};
