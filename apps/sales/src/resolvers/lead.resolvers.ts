import { notFound } from '@crm/errors';
import { canReadPii, guard, guardReference, maskPii, readableOwnerIds, withinScope } from '@crm/permissions';
import { parseId } from '@crm/subgraph-kit';
import type { Lead } from '../data/lead.entity';
import { listLeads } from '../data/lead.repository';
import { assertLeadAccess } from '../changes/lead.changes';
import { optionalId } from '../domain/input-parsing';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

export async function leadById(id: string, context: SalesContext, field = 'id'): Promise<Lead> {
  const lead = await context.loaders.leadById.load(parseId(field, id));
  if (!lead) throw notFound('Lead', id, field);
  assertLeadAccess(context.caller, lead, 'lead:read');
  return lead;
}

const personal = (value: string | null, context: SalesContext) =>
  canReadPii(context.caller) ? value : maskPii(value);
const userRef = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const leadResolvers: Resolvers = {
  Query: {
    lead: guard('lead:read', (_, { id }, context) => leadById(id, context)),
    leads: guard('lead:read', (_, { filter, ...page }, context) => {
      const ownerId = optionalId('filter.ownerId', filter?.ownerId);
      return listLeads(
        context.dataSource,
        {
          status: filter?.status,
          source: filter?.source,
          ownerIds: readableOwnerIds(context.caller, 'lead:read', ownerId),
        },
        page,
      );
    }),
  },
  Lead: {
    // Another rep's lead reached through a reference resolves to null.
    __resolveReference: guardReference('lead:read', async (reference, context) =>
      withinScope(context.caller, 'lead:read', await context.loaders.leadById.load(reference.id)),
    ),
    email: (lead, _, context) => personal(lead.email, context),
    phone: (lead, _, context) => personal(lead.phone, context),
    sourceCampaign: (lead) =>
      lead.sourceCampaignId ? { __typename: 'Campaign', id: lead.sourceCampaignId } : null,
    owner: (lead) => userRef(lead.ownerId),
    convertedCustomer: (lead) =>
      lead.convertedCustomerId ? { __typename: 'Customer', id: lead.convertedCustomerId } : null,
    followUps: (lead, page, context) => context.loaders.followUpsOfLead.load({ parentId: lead.id, ...page }),
  },
  LeadFollowUp: {
    by: (followUp) => userRef(followUp.byUserId),
  },
};
