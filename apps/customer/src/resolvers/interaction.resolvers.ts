import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
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
import { parseId, scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import {
  logInteraction,
  updateInteraction,
  type UpdateInteractionArgs,
} from '../changes/interaction.changes';
import type { Customer } from '../data/customer.entity';
import type { Interaction } from '../data/interaction.entity';
import type { InteractionType } from '../domain/interaction-vocabulary';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

interface LogInteractionArgs {
  input: { idempotencyKey?: string | null };
}

interface InteractionsArgs extends PageRequest {
  type?: InteractionType | null;
}

/** A record is as visible as its customer: a rep reaches the records of the customers they own. */
async function interactionById(id: string, context: Context, field = 'id'): Promise<Interaction> {
  const interaction = await context.loaders.interactionById.load(parseId(field, id));
  if (!interaction) throw notFound('Interaction', id, field);
  const customer = await context.loaders.customerById.load(interaction.customerId);
  assertRecordAccess(context.caller, 'customer:read', customer?.ownerId ?? null, `interaction ${id}`);
  return interaction;
}

/** Only the customers the caller may read list their records; the parent was checked when it was resolved. */
function interactionsOfCustomer(customer: Customer, args: InteractionsArgs, context: Context) {
  if (!canReachRecord(context.caller, 'customer:read', customer.ownerId)) return null;
  return context.loaders.interactionsOfCustomer.load({
    parentId: customer.id,
    first: args.first,
    after: args.after,
    filter: args.type ? { type: [args.type] } : null,
  });
}

export const interactionResolvers: GraphQLResolverMap<Context> = {
  Query: {
    interaction: guard('customer:read', (_: unknown, { id }: { id: string }, context: Context) =>
      interactionById(id, context),
    ),
  },
  Mutation: {
    logInteraction: guard(
      'customer:write',
      async (_: unknown, { input }: LogInteractionArgs, context: Context) =>
        interactionById(await logInteraction(scopeOfRequest(context), input), context),
    ),
    updateInteraction: guard('customer:write', (_: unknown, args: UpdateInteractionArgs, context: Context) =>
      updateInteraction(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    interactions: guard('customer:read', (customer: Customer, args: InteractionsArgs, context: Context) =>
      interactionsOfCustomer(customer, args, context),
    ),
  },
  Interaction: {
    // Reached from the timeline: a record of a customer outside the caller's scope resolves to null.
    __resolveReference: guardReference(
      'customer:read',
      async (reference: { id: string }, context: Context) => {
        const interaction = await context.loaders.interactionById.load(reference.id);
        if (!interaction) return null;
        const customer = await context.loaders.customerById.load(interaction.customerId);
        return canReachRecord(context.caller, 'customer:read', customer?.ownerId ?? null)
          ? interaction
          : null;
      },
    ),
    customer: (interaction: Interaction, _: unknown, context: Context) =>
      context.loaders.customerById.load(interaction.customerId),
    contacts: async (interaction: Interaction, _: unknown, context: Context) =>
      (await context.loaders.contactById.loadMany(interaction.contactIds)).filter(
        (contact) => contact !== null && !(contact instanceof Error),
      ),
    participants: (interaction: Interaction) => interaction.userIds.map((id) => ({ __typename: 'User', id })),
    // Names of people outside the CRM are personal data.
    externalParticipants: (interaction: Interaction, _: unknown, context: Context) =>
      canReadPii(context.caller)
        ? interaction.externalParticipants
        : interaction.externalParticipants.map((name) => maskPii(name)),
    // A service account (no user id) logged it: there is no user to point at.
    loggedBy: (interaction: Interaction) =>
      isUuid(interaction.loggedById) ? { __typename: 'User', id: interaction.loggedById } : null,
  },
};
