import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { createIdempotently, parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { createTeam } from '../changes/team.changes';
import type { Team } from '../data/team.entity';
import { listTeams } from '../data/team.repository';
import { parseNewTeam } from '../domain/new-team';
import type { IdentityLoaders } from '../identity-loaders';

type Context = RequestContext<IdentityLoaders>;

interface CreateTeamArgs {
  input: { idempotencyKey?: string | null };
}

export async function teamById(id: string, context: Context, field = 'id'): Promise<Team> {
  const team = await context.loaders.teamById.load(parseId(field, id));
  if (!team) throw notFound('Team', id, field);
  return team;
}

export const teamResolvers: GraphQLResolverMap<Context> = {
  Query: {
    team: guard('user:read', (_: unknown, { id }: { id: string }, context: Context) => teamById(id, context)),
    teams: guard(
      'user:read',
      (_: unknown, page: { first?: number | null; after?: string | null }, context: Context) =>
        listTeams(context.dataSource, page),
    ),
  },
  Mutation: {
    createTeam: guard(
      'user:write',
      async (_: unknown, { input: { idempotencyKey, ...input } }: CreateTeamArgs, context: Context) => {
        const fields = parseNewTeam(input);
        const request = {
          operation: 'createTeam',
          key: idempotencyKey,
          input,
          field: 'input.idempotencyKey',
        };
        const id = await createIdempotently(context, request, async (manager) => {
          const team = await createTeam({ ...scopeOfRequest(context), db: manager }, fields);
          return team.id;
        });
        return teamById(id, context);
      },
    ),
  },
  Team: {
    __resolveReference: guardReference('user:read', (reference: { id: string }, context: Context) =>
      context.loaders.teamById.load(reference.id),
    ),
    manager: (team: Team, _: unknown, context: Context) => context.loaders.userById.load(team.managerId),
    members: (team: Team, _: unknown, context: Context) => context.loaders.membersByTeamId.load(team.id),
  },
};
