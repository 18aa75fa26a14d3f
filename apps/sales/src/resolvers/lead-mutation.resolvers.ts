import { guard } from '@crm/permissions';
import { runIdempotently, parseId, parseReferralCode, scopeOfRequest } from '@crm/subgraph-kit';
import { assignLead, createLead, disqualifyLead, qualifyLead, updateLead } from '../changes/lead.changes';
import type { Lead } from '../data/lead.entity';
import { optionalId } from '../domain/input-parsing';
import { parseNewLead } from '../domain/lead-fields';
import { parseDisqualificationReason } from '../domain/lead-status';
import { leadById } from './lead.resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

interface CreateLeadArgs {
  ownerId?: string | null;
  referralCode?: string | null;
  idempotencyKey?: string | null;
}

async function createNewLead(
  { ownerId, referralCode, idempotencyKey, ...input }: CreateLeadArgs,
  context: SalesContext,
): Promise<Lead> {
  const fields = parseNewLead(input);
  const requestedOwner = optionalId('input.ownerId', ownerId);
  const referral = parseReferralCode('input.referralCode', referralCode);
  const request = {
    operation: 'createLead',
    key: idempotencyKey,
    input: { ...input, ownerId, referralCode },
  };
  let created: Lead | null = null;
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    created = await createLead(scope, { fields, ownerId: requestedOwner, referralCode: referral });
    return created.id;
  });
  // A rule may route the lead away from the caller: what they just created is still returned.
  return created ?? leadById(id, context);
}

export const leadMutationResolvers: Resolvers = {
  Mutation: {
    createLead: guard('lead:write', (_, { input }, context) => createNewLead(input, context)),
    updateLead: guard('lead:write', (_, args, context) =>
      updateLead(scopeOfRequest(context), { ...args, id: parseId('id', args.id) }),
    ),
    qualifyLead: guard('lead:write', (_, { id }, context) =>
      qualifyLead(scopeOfRequest(context), parseId('id', id)),
    ),
    disqualifyLead: guard('lead:write', (_, { id, reason }, context) =>
      disqualifyLead(scopeOfRequest(context), {
        reason: parseDisqualificationReason(reason),
        id: parseId('id', id),
      }),
    ),
    assignLead: guard('lead:write', (_, { id, ownerId }, context) =>
      assignLead(scopeOfRequest(context), { ownerId: parseId('ownerId', ownerId), id: parseId('id', id) }),
    ),
  },
};
