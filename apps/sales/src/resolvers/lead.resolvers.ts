import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { notFound } from '@crm/errors';
import { canReadPii, guard, guardReference, maskPii, readableOwnerIds, withinScope } from '@crm/permissions';
import { parseId, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import type { LeadFollowUp } from '../data/lead-follow-up.entity';
import type { Lead } from '../data/lead.entity';
import { listLeads } from '../data/lead.repository';
import type { LeadSource } from '../domain/lead-score';
import type { LeadStatus } from '../domain/lead-status';
import type { SalesLoaders } from '../sales-loaders';
import { assertLeadAccess } from '../changes/lead.changes';
import { optionalId } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

interface LeadFilterInput {
  status?: LeadStatus | null;
  ownerId?: string | null;
  source?: LeadSource | null;
}

export async function leadById(id: string, context: Context, field = 'id'): Promise<Lead> {
  const lead = await context.loaders.leadById.load(parseId(field, id));
  if (!lead) throw notFound('Lead', id, field);
  assertLeadAccess(context.caller, lead, 'lead:read');
  return lead;
}

const personal = (value: string | null, context: Context) =>
  canReadPii(context.caller) ? value : maskPii(value);
const userRef = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const leadResolvers: GraphQLResolverMap<Context> = {
  Query: {
    lead: guard('lead:read', (_: unknown, { id }: { id: string }, context: Context) => leadById(id, context)),
    leads: guard(
      'lead:read',
      (
        _: unknown,
        { filter, ...page }: PageRequest & { filter?: LeadFilterInput | null },
        context: Context,
      ) => {
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
      },
    ),
  },
  Lead: {
    // Another rep's lead reached through a reference resolves to null.
    __resolveReference: guardReference('lead:read', async (reference: { id: string }, context: Context) =>
      withinScope(context.caller, 'lead:read', await context.loaders.leadById.load(reference.id)),
    ),
    email: (lead: Lead, _: unknown, context: Context) => personal(lead.email, context),
    phone: (lead: Lead, _: unknown, context: Context) => personal(lead.phone, context),
    sourceCampaign: (lead: Lead) =>
      lead.sourceCampaignId ? { __typename: 'Campaign', id: lead.sourceCampaignId } : null,
    owner: (lead: Lead) => userRef(lead.ownerId),
    convertedCustomer: (lead: Lead) =>
      lead.convertedCustomerId ? { __typename: 'Customer', id: lead.convertedCustomerId } : null,
    followUps: (lead: Lead, page: PageRequest, context: Context) =>
      context.loaders.followUpsOfLead.load({ parentId: lead.id, ...page }),
  },
  LeadFollowUp: {
    by: (followUp: LeadFollowUp) => userRef(followUp.byUserId),
  },
};
