import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import { isUuid, newId } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import {
  assertRecordAccess,
  canReachRecord,
  canReadPii,
  guard,
  guardReference,
  maskPii,
} from '@crm/permissions';
import {
  createIdempotently,
  parseId,
  recordAudit,
  recordCreation,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { Interaction } from '../data/interaction.entity';
import {
  customersOfContacts,
  findCustomerForInteraction,
  findInteraction,
  insertInteraction,
  updateInteraction,
} from '../data/interaction.repository';
import { assertAcceptsInteractions, assertContactsOfCustomer } from '../domain/interaction-customer';
import { applyInteractionChanges, parseNewInteraction } from '../domain/interaction-input';
import type { InteractionType } from '../domain/interaction-vocabulary';
import { interactionLogged } from '../events/interaction-logged.event';
import { interactionUpdated } from '../events/interaction-updated.event';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

interface LogInteractionArgs {
  input: { idempotencyKey?: string | null };
}

interface UpdateInteractionArgs {
  id: string;
  version: number;
  input: object;
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

/** The customer a record is written for, share-locked, writable by the caller and still taking records. */
async function customerToWrite(
  manager: EntityManager,
  context: Context,
  customerId: string,
  field: string,
): Promise<Customer> {
  const customer = await findCustomerForInteraction(manager, customerId);
  if (!customer) throw notFound('Customer', customerId, field);
  assertRecordAccess(context.caller, 'customer:write', customer.ownerId, `customer ${customerId}`);
  assertAcceptsInteractions(customer, field);
  return customer;
}

/** The contacts who took part must be the customer's own. */
async function assertOwnContacts(manager: EntityManager, customerId: string, contactIds: string[]) {
  const customerOfContact = await customersOfContacts(manager, contactIds);
  assertContactsOfCustomer(contactIds, customerOfContact, customerId, 'input.contactIds');
}

async function logInteraction({ idempotencyKey, ...input }: LogInteractionArgs['input'], context: Context) {
  const now = new Date();
  const fields = parseNewInteraction(input, now);
  const request = { operation: 'logInteraction', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    await customerToWrite(manager, context, fields.customerId, 'input.customerId');
    await assertOwnContacts(manager, fields.customerId, fields.contactIds);
    const interaction = Object.assign(new Interaction(), {
      ...fields,
      id: newId(),
      loggedById: context.caller.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await insertInteraction(manager, interaction);
    await appendToOutbox(manager, [
      interactionLogged(interaction, context.caller.userId, context.correlationId),
    ]);
    await recordCreation(manager, context, 'logInteraction', 'Interaction', interaction);
    return interaction.id;
  });
  return interactionById(id, context);
}

async function changeInteraction({ id, version, input }: UpdateInteractionArgs, context: Context) {
  const interactionId = parseId('id', id);
  if (!Number.isInteger(version) || version < 1)
    throw badUserInput('version', 'must be the version you read');
  return context.dataSource.transaction(async (manager) => {
    const before = await findInteraction(manager, interactionId);
    if (!before) throw notFound('Interaction', id, 'id');
    await customerToWrite(manager, context, before.customerId, 'id');
    const changes = applyInteractionChanges(before, input, new Date());
    await assertOwnContacts(manager, before.customerId, changes.contactIds);
    const after = await updateInteraction(manager, interactionId, version, changes);
    await appendToOutbox(manager, [interactionUpdated(after, context.caller.userId, context.correlationId)]);
    await recordAudit(manager, context, {
      action: 'updateInteraction',
      entityType: 'Interaction',
      entityId: interactionId,
      before,
      after,
    });
    return after;
  });
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
    logInteraction: guard('customer:write', (_: unknown, { input }: LogInteractionArgs, context: Context) =>
      logInteraction(input, context),
    ),
    updateInteraction: guard('customer:write', (_: unknown, args: UpdateInteractionArgs, context: Context) =>
      changeInteraction(args, context),
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
