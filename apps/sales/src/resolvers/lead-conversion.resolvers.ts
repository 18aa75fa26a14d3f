import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId } from '@crm/db';
import { guard, requireScope } from '@crm/permissions';
import { parseId, type RequestContext } from '@crm/subgraph-kit';
import { KnownCustomer } from '../data/known-customer.entity';
import type { Lead } from '../data/lead.entity';
import { lockLead } from '../data/lead.repository';
import { insertOpportunity, newOpportunity } from '../data/opportunity-store';
import type { Opportunity } from '../data/opportunity.entity';
import { moveLead } from '../domain/lead-status';
import { parseNewOpportunity } from '../domain/new-opportunity';
import { originOf } from '../events/event-origin';
import { leadConverted } from '../events/lead-converted.event';
import type { SalesLoaders } from '../sales-loaders';
import { assertLeadAccess, saveLeadChange } from './lead-changes';

type Context = RequestContext<SalesLoaders>;

interface ConvertLeadArgs {
  id: string;
  input?: { createOpportunity?: Record<string, unknown> | null } | null;
}

interface ConvertLeadResult {
  lead: Lead;
  customerId: string;
  contactId: string | null;
  opportunity: Opportunity | null;
}

/** A company lead becomes a company customer named after the company; a person lead, a person customer. */
const customerNameOf = (lead: Lead) =>
  (lead.companyName ?? `${lead.firstName} ${lead.lastName}`).slice(0, 200);

function newDeal(input: Record<string, unknown>, customerId: string, lead: Lead, now: Date): Opportunity {
  const fields = parseNewOpportunity(
    { ...input, customerId, ownerId: lead.ownerId },
    'input.createOpportunity',
  );
  return newOpportunity(fields, now);
}

/**
 * The sales side of the conversion saga (DESIGN §2): in one transaction the lead is marked
 * CONVERTED, the customer (and contact) ids are generated here, the deal is opened, and
 * lead.converted is written to the outbox; the customer service creates the customer from it.
 */
async function convertLead({ id, input }: ConvertLeadArgs, context: Context): Promise<ConvertLeadResult> {
  // Converting creates a customer (and maybe a deal) in the caller's name.
  requireScope(context.caller, 'customer:write');
  if (input?.createOpportunity) requireScope(context.caller, 'opportunity:write');
  const leadId = parseId('id', id);
  return context.dataSource.transaction(async (manager) => {
    const before = await lockLead(manager, leadId);
    assertLeadAccess(context, before, 'lead:write');
    const status = moveLead(before.status, 'CONVERTED');
    const now = new Date();
    const customerId = newId();
    const contactId = before.companyName ? newId() : null;
    const opportunity = input?.createOpportunity
      ? newDeal(input.createOpportunity, customerId, before, now)
      : null;
    const customerName = customerNameOf(before);
    // Sales already knows the customer it is about to have created: the deal may reference it
    // before customer.created comes back (the projection ignores that event's duplicate).
    await manager
      .createQueryBuilder()
      .insert()
      .into(KnownCustomer)
      .values({ id: customerId, name: customerName, ownerId: before.ownerId, createdAt: now })
      .orIgnore()
      .execute();
    if (opportunity) await insertOpportunity(manager, context, opportunity, 'convertLead');
    const lead = await saveLeadChange(
      manager,
      context,
      'convertLead',
      before,
      {
        status,
        convertedCustomerId: customerId,
        convertedContactId: contactId,
        convertedOpportunityId: opportunity?.id ?? null,
        convertedAt: now,
      },
      (after) => [leadConverted(after, customerName, originOf(context))],
    );
    return { lead, customerId, contactId, opportunity };
  });
}

export const leadConversionResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    convertLead: guard('lead:write', (_: unknown, args: ConvertLeadArgs, context: Context) =>
      convertLead(args, context),
    ),
  },
  ConvertLeadResult: {
    customer: (result: ConvertLeadResult) => ({ __typename: 'Customer', id: result.customerId }),
  },
};
