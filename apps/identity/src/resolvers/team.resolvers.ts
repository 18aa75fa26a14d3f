import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { createIdempotently, parseId, recordCreation, type RequestContext } from '@crm/subgraph-kit';
import { Team } from '../data/team.entity';
import { insertTeam, listTeams } from '../data/team.repository';
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

async function assertActiveManager(managerId: string, context: Context): Promise<void> {
  const manager = await context.loaders.userById.load(managerId);
  if (!manager) throw notFound('User', managerId, 'input.managerId');
  if (!manager.active)
    throw badUserInput('input.managerId', `user ${manager.id} is deactivated; choose an active manager`);
}

async function createTeam({ idempotencyKey, ...input }: CreateTeamArgs['input'], context: Context) {
  const fields = parseNewTeam(input);
  const id = await createIdempotently(
    context,
    { operation: 'createTeam', key: idempotencyKey, input, field: 'input.idempotencyKey' },
    async (entityManager) => {
      await assertActiveManager(fields.managerId, context);
      const now = new Date();
      const team = Object.assign(new Team(), {
        ...fields,
        id: newId(),
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await insertTeam(entityManager, team);
      await recordCreation(entityManager, context, 'createTeam', 'Team', team);
      return team.id;
    },
  );
  return teamById(id, context);
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
    createTeam: guard('user:write', (_: unknown, { input }: CreateTeamArgs, context: Context) =>
      createTeam(input, context),
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
