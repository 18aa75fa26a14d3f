import type { Resolvers } from '../generated/resolvers-types';
import type { CustomerContext } from '../customer-context';
import { isUuid } from '@crm/db';
import { notFound } from '@crm/errors';
import {
  assertRecordAccess,
  canReachRecord,
  canReadPii,
  guard,
  guardReference,
  maskPii,
} from '@crm/permissions';
import { parseId, scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { logInteraction, updateInteraction } from '../changes/interaction.changes';
import type { Customer } from '../data/customer.entity';
import type { Contact } from '../data/contact.entity';
import type { Interaction } from '../data/interaction.entity';
import { userRef } from './history-actor';
import type { InteractionType } from '../domain/interaction-vocabulary';

interface LogInteractionArgs {
  input: { idempotencyKey?: string | null };
}

interface InteractionsArgs extends PageRequest {
  type?: InteractionType | null;
}

/** A record is as visible as its customer: a rep reaches the records of the customers they own. */
async function interactionById(id: string, context: CustomerContext, field = 'id'): Promise<Interaction> {
  const interaction = await context.loaders.interactionById.load(parseId(field, id));
  if (!interaction) throw notFound('Interaction', id, field);
  const customer = await context.loaders.customerById.load(interaction.customerId);
  assertRecordAccess(context.caller, 'customer:read', customer?.ownerId ?? null, `interaction ${id}`);
  return interaction;
}

/** Only the customers the caller may read list their records; the parent was checked when it was resolved. */
function interactionsOfCustomer(customer: Customer, args: InteractionsArgs, context: CustomerContext) {
  if (!canReachRecord(context.caller, 'customer:read', customer.ownerId)) return null;
  return context.loaders.interactionsOfCustomer.load({
    parentId: customer.id,
    first: args.first,
    after: args.after,
    filter: args.type ? { type: [args.type] } : null,
  });
}

export const interactionResolvers: Resolvers = {
  Query: {
    interaction: guard('customer:read', (_, { id }, context) => interactionById(id, context)),
  },
  Mutation: {
    logInteraction: guard('customer:write', async (_, { input }: LogInteractionArgs, context) =>
      interactionById(await logInteraction(scopeOfRequest(context), input), context),
    ),
    updateInteraction: guard('customer:write', (_, args, context) =>
      updateInteraction(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    interactions: guard('customer:read', (customer, args, context) =>
      interactionsOfCustomer(customer, args, context),
    ),
  },
  Interaction: {
    // Reached from the timeline: a record of a customer outside the caller's scope resolves to null.
    __resolveReference: guardReference('customer:read', async (reference, context) => {
      const interaction = await context.loaders.interactionById.load(reference.id);
      if (!interaction) return null;
      const customer = await context.loaders.customerById.load(interaction.customerId);
      return canReachRecord(context.caller, 'customer:read', customer?.ownerId ?? null) ? interaction : null;
    }),
    customer: async (interaction, _, context) => {
      const customer = await context.loaders.customerById.load(interaction.customerId);
      if (!customer) throw notFound('Customer', interaction.customerId);
      return customer;
    },
    contacts: async (interaction, _, context) =>
      (await context.loaders.contactById.loadMany(interaction.contactIds)).filter(
        (contact): contact is Contact => contact !== null && !(contact instanceof Error),
      ),
    participants: (interaction: Interaction) => interaction.userIds.map(userRef),
    // Names of people outside the CRM are personal data.
    externalParticipants: (interaction, _, context) =>
      canReadPii(context.caller)
        ? interaction.externalParticipants
        : interaction.externalParticipants.map((name) => maskPii(name) ?? name),
    // A service account (no user id) logged it: there is no user to point at.
    loggedBy: (interaction: Interaction) =>
      isUuid(interaction.loggedById) ? userRef(interaction.loggedById) : null,
  },
};
