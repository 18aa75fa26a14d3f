import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import { newId, parseAmount, parseCurrency } from '@crm/db';
import { badUserInput, notFound } from '@crm/errors';
import { appendToOutbox } from '@crm/messaging';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import {
  createIdempotently,
  paginate,
  parseId,
  recordAudit,
  recordCreation,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import { Contract } from '../data/contract.entity';
import { dealOf, knownCustomer } from '../data/document-parties';
import { lockVersioned } from '../data/lock-versioned';
import { Quote } from '../data/quote.entity';
import { moveContractStatus, type ContractStatus } from '../domain/contract-status';
import { addDays, contractTerms, todayInUtc } from '../domain/contract-terms';
import { effectiveQuoteStatus } from '../domain/quote-status';
import { contractSigned } from '../events/contract-signed.event';
import type { SalesLoaders } from '../sales-loaders';
import { dealShown, quoteShown } from './document-links';
import { renewContract, terminateContract, type RenewInput, type TerminateInput } from './contract-renewal';
import { isGiven } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

interface CreateContractInput {
  quoteId?: string | null;
  opportunityId?: string | null;
  customerId?: string | null;
  value?: string | null;
  currency?: string | null;
  startDate: string;
  endDate: string;
  renewalDate?: string | null;
  renewalReminderDays?: number | null;
}

export async function contractById(id: string, context: Context, field = 'id'): Promise<Contract> {
  const contract = await context.loaders.contractById.load(parseId(field, id));
  if (!contract) throw notFound('Contract', id, field);
  assertRecordAccess(context.caller, 'order:read', contract.ownerId, `contract ${id}`);
  return contract;
}

interface ContractSource {
  customerId: string;
  opportunityId: string | null;
  quoteId: string | null;
  ownerId: string | null;
  value: string | null;
  currency: string | null;
}

/** What the contract follows: an accepted quote, a won deal, or just a customer. */
async function contractSource(manager: EntityManager, input: CreateContractInput): Promise<ContractSource> {
  const given = [input.quoteId, input.opportunityId, input.customerId].filter(isGiven).length;
  if (given !== 1)
    throw badUserInput('input.quoteId', 'give exactly one of quoteId, opportunityId or customerId');
  if (isGiven(input.quoteId)) {
    const id = parseId('input.quoteId', input.quoteId!);
    const quote = await manager.findOne(Quote, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!quote) throw notFound('Quote', id, 'input.quoteId');
    const status = effectiveQuoteStatus(quote.status, quote.validUntil, todayInUtc());
    if (status !== 'ACCEPTED')
      throw badUserInput('input.quoteId', `the quote must be ACCEPTED (it is ${status})`);
    return { ...quote, quoteId: quote.id, value: quote.total };
  }
  if (isGiven(input.opportunityId)) {
    const deal = await dealOf(
      manager,
      parseId('input.opportunityId', input.opportunityId!),
      'input.opportunityId',
    );
    if (deal.stage !== 'CLOSED_WON') {
      throw badUserInput('input.opportunityId', `the deal must be CLOSED_WON (it is ${deal.stage})`);
    }
    return { ...deal, opportunityId: deal.id, quoteId: null, value: deal.amount };
  }
  const customer = await knownCustomer(
    manager,
    parseId('input.customerId', input.customerId!),
    'input.customerId',
  );
  return {
    customerId: customer.id,
    opportunityId: null,
    quoteId: null,
    ownerId: customer.ownerId,
    value: null,
    currency: null,
  };
}

async function createContract(
  { idempotencyKey, ...input }: CreateContractInput & { idempotencyKey?: string | null },
  context: Context,
): Promise<Contract> {
  const terms = contractTerms(input);
  const request = { operation: 'createContract', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    const source = await contractSource(manager, input);
    assertRecordAccess(context.caller, 'order:write', source.ownerId, `the customer's or deal's documents`);
    if (source.currency && input.currency && input.currency !== source.currency) {
      throw badUserInput(
        'input.currency',
        `must be ${source.currency}, the currency of what the contract follows`,
      );
    }
    const currency =
      source.currency ?? (input.currency ? parseCurrency('input.currency', input.currency) : null);
    if (!currency)
      throw badUserInput('input.currency', 'is required for a contract made directly for a customer');
    const value = input.value ? parseAmount('input.value', input.value) : source.value;
    if (value === null)
      throw badUserInput('input.value', 'is required for a contract made directly for a customer');
    const now = new Date();
    const contract = Object.assign(new Contract(), {
      ...terms,
      id: newId(),
      customerId: source.customerId,
      opportunityId: source.opportunityId,
      quoteId: source.quoteId,
      ownerId: source.ownerId,
      status: 'DRAFT',
      value,
      currency,
      terminationReason: null,
      signedAt: null,
      terminatedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await manager.insert(Contract, contract);
    await recordCreation(manager, context, 'createContract', 'Contract', contract);
    return contract.id;
  });
  return contractById(id, context);
}

/** Negotiate, sign, activate or expire; termination has its own mutation because it needs a reason. */
async function moveContract(input: { id: string; version: number; to: ContractStatus }, context: Context) {
  const id = parseId('input.id', input.id);
  if (input.to === 'TERMINATED')
    throw badUserInput('input.to', 'use terminateContract, which records the reason');
  await context.dataSource.transaction(async (manager) => {
    const before = await lockVersioned(manager, Contract, id, input.version);
    assertRecordAccess(context.caller, 'order:write', before.ownerId, `contract ${id}`);
    const status = moveContractStatus(before.status, input.to, 'input.to');
    const now = new Date();
    const changes = status === 'SIGNED' ? { status, signedAt: now } : { status };
    const after = { ...before, ...changes, updatedAt: now, version: before.version + 1 };
    await manager.update(Contract, { id }, { ...changes, updatedAt: now, version: after.version });
    if (status === 'SIGNED') {
      await appendToOutbox(manager, [contractSigned(after, context.caller.userId, context.correlationId)]);
    }
    await recordAudit(manager, context, {
      action: 'moveContract',
      entityType: 'Contract',
      entityId: id,
      before,
      after,
    });
  });
  context.loaders.contractById.clear(id);
  return contractById(id, context);
}

interface DueArgs extends PageRequest {
  withinDays?: number | null;
}

/** Contracts in force whose renewal reminder is due by `withinDays` from today and not yet renewed past. */
function contractsDueForRenewal(args: DueArgs, context: Context) {
  const withinDays = args.withinDays ?? 30;
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650) {
    throw badUserInput('withinDays', `must be 0 to 3650 days (got ${withinDays})`);
  }
  const today = todayInUtc();
  const owners = readableOwnerIds(context.caller, 'order:read');
  const query = context.dataSource
    .getRepository(Contract)
    .createQueryBuilder('contract')
    .where("contract.status IN ('SIGNED', 'ACTIVE')")
    .andWhere('contract.renewal_reminder_on <= :until', { until: addDays(today, withinDays) })
    .andWhere('contract.renewal_date >= :today', { today });
  if (owners) query.andWhere('contract.owner_id = ANY(:owners)', { owners });
  return paginate(
    query,
    {
      columns: ['contract.renewal_reminder_on', 'contract.id'],
      direction: 'ASC',
      valuesOf: (row) => [row.renewalReminderOn, row.id],
    },
    args,
  );
}

export const contractResolvers: GraphQLResolverMap<Context> = {
  Query: {
    contract: guard('order:read', (_: unknown, { id }: { id: string }, context: Context) =>
      contractById(id, context),
    ),
    contractsDueForRenewal: guard('order:read', (_: unknown, args: DueArgs, context: Context) =>
      contractsDueForRenewal(args, context),
    ),
  },
  Mutation: {
    createContract: guard(
      'order:write',
      (_: unknown, { input }: { input: CreateContractInput }, context: Context) =>
        createContract(input, context),
    ),
    moveContract: guard(
      'order:write',
      (
        _: unknown,
        { input }: { input: { id: string; version: number; to: ContractStatus } },
        context: Context,
      ) => moveContract(input, context),
    ),
    renewContract: guard(
      'order:write',
      async (_: unknown, { input }: { input: RenewInput }, context: Context) => {
        const id = await renewContract(input, context);
        return contractById(id, context);
      },
    ),
    terminateContract: guard(
      'order:write',
      async (_: unknown, { input }: { input: TerminateInput }, context: Context) => {
        const id = await terminateContract(input, context);
        return contractById(id, context);
      },
    ),
  },
  Contract: {
    __resolveReference: guardReference('order:read', async (reference: { id: string }, context: Context) =>
      withinScope(context.caller, 'order:read', await context.loaders.contractById.load(reference.id)),
    ),
    customer: (contract: Contract) => ({ __typename: 'Customer', id: contract.customerId }),
    opportunity: (contract: Contract, _: unknown, context: Context) =>
      dealShown(contract.opportunityId, context),
    quote: (contract: Contract, _: unknown, context: Context) => quoteShown(contract.quoteId, context),
    owner: (contract: Contract) => (contract.ownerId ? { __typename: 'User', id: contract.ownerId } : null),
    value: (contract: Contract) => ({ amount: contract.value, currency: contract.currency }),
  },
};
