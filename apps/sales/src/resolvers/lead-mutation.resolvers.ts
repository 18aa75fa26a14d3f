import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { createIdempotently, parseId, scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { assignLead, createLead, disqualifyLead, qualifyLead, updateLead } from '../changes/lead.changes';
import type { Lead } from '../data/lead.entity';
import { optionalId } from '../domain/input-parsing';
import { parseNewLead } from '../domain/lead-fields';
import { parseDisqualificationReason } from '../domain/lead-status';
import type { SalesLoaders } from '../sales-loaders';
import { leadById } from './lead.resolvers';

type Context = RequestContext<SalesLoaders>;

interface CreateLeadArgs {
  ownerId?: string | null;
  idempotencyKey?: string | null;
}

async function createNewLead(
  { ownerId, idempotencyKey, ...input }: CreateLeadArgs,
  context: Context,
): Promise<Lead> {
  const fields = parseNewLead(input);
  const requestedOwner = optionalId('input.ownerId', ownerId);
  const request = { operation: 'createLead', key: idempotencyKey, input: { ...input, ownerId } };
  let created: Lead | null = null;
  const id = await createIdempotently(context, request, async (manager) => {
    created = await createLead(
      { ...scopeOfRequest(context), db: manager },
      { fields, ownerId: requestedOwner },
    );
    return created.id;
  });
  // A rule may route the lead away from the caller: what they just created is still returned.
  return created ?? leadById(id, context);
}

export const leadMutationResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    createLead: guard('lead:write', (_: unknown, { input }: { input: CreateLeadArgs }, context: Context) =>
      createNewLead(input, context),
    ),
    updateLead: guard(
      'lead:write',
      (_: unknown, args: { id: string; version: number; input: unknown }, context: Context) =>
        updateLead(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
    ),
    qualifyLead: guard('lead:write', (_: unknown, { id }: { id: string }, context: Context) =>
      qualifyLead(scopeOfRequest(context), parseId('id', id)),
    ),
    disqualifyLead: guard(
      'lead:write',
      (_: unknown, { id, reason }: { id: string; reason: string }, context: Context) =>
        disqualifyLead(scopeOfRequest(context), {
          reason: parseDisqualificationReason(reason),
          id: parseId('id', id),
        }),
    ),
    assignLead: guard(
      'lead:write',
      (_: unknown, { id, ownerId }: { id: string; ownerId: string }, context: Context) =>
        assignLead(scopeOfRequest(context), { ownerId: parseId('ownerId', ownerId), id: parseId('id', id) }),
    ),
  },
};
