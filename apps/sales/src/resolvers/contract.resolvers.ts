import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parseAmount } from '@crm/db';
import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import {
  createIdempotently,
  paginate,
  parseId,
  scopeOfRequest,
  type PageRequest,
  type RequestContext,
} from '@crm/subgraph-kit';
import {
  createContract,
  moveContract,
  renewContract,
  terminateContract,
  type ContractBasis,
} from '../changes/contract.changes';
import { Contract } from '../data/contract.entity';
import { IN_FORCE_STATUSES, parseTerminationReason, type ContractStatus } from '../domain/contract-status';
import { addDays, contractTerms, parseRenewalWindow, todayInUtc } from '../domain/contract-terms';
import { exactlyOneSource } from '../domain/document-sources';
import { isGiven } from '../domain/input-parsing';
import type { SalesLoaders } from '../sales-loaders';
import { dealShown, quoteShown } from './document-links';

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

/** What the contract follows, its id parsed: exactly one of a quote, a deal or a customer. */
function contractBasis(input: CreateContractInput): ContractBasis {
  const source = exactlyOneSource(
    input,
    ['quoteId', 'opportunityId', 'customerId'] as const,
    'give exactly one of quoteId, opportunityId or customerId',
  );
  const id = parseId(`input.${source}`, input[source]!);
  return source === 'quoteId'
    ? { quoteId: id }
    : source === 'opportunityId'
      ? { opportunityId: id }
      : { customerId: id };
}

async function createNewContract(
  { idempotencyKey, ...input }: CreateContractInput & { idempotencyKey?: string | null },
  context: Context,
): Promise<Contract> {
  const terms = contractTerms(input);
  const basis = contractBasis(input);
  const request = { operation: 'createContract', key: idempotencyKey, input };
  const id = await createIdempotently(context, request, async (manager) => {
    const contract = await createContract(
      { ...scopeOfRequest(context), db: manager },
      {
        basis,
        terms,
        value: input.value ?? null,
        currency: input.currency ?? null,
      },
    );
    return contract.id;
  });
  return contractById(id, context);
}

/** The contract after a change: the request's loader may still hold the row from before. */
function reloaded(contract: Contract, context: Context): Promise<Contract> {
  context.loaders.contractById.clear(contract.id);
  return contractById(contract.id, context);
}

const contractVersion = (input: { id: string; version: number }) => ({
  id: parseId('input.id', input.id),
  version: input.version,
});

interface RenewInput {
  id: string;
  version: number;
  newEndDate: string;
  renewalDate?: string | null;
  value?: string | null;
}

interface DueArgs extends PageRequest {
  withinDays?: number | null;
}

/** Contracts in force whose renewal reminder is due by `withinDays` from today and not yet renewed past. */
function contractsDueForRenewal(args: DueArgs, context: Context) {
  const withinDays = parseRenewalWindow(args.withinDays);
  const today = todayInUtc();
  const owners = readableOwnerIds(context.caller, 'order:read');
  const query = context.dataSource
    .getRepository(Contract)
    .createQueryBuilder('contract')
    .where('contract.status IN (:...inForce)', { inForce: IN_FORCE_STATUSES })
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
        createNewContract(input, context),
    ),
    moveContract: guard(
      'order:write',
      (
        _: unknown,
        { input }: { input: { id: string; version: number; to: ContractStatus } },
        context: Context,
      ) =>
        moveContract(scopeOfRequest(context), { ...contractVersion(input), to: input.to }).then((contract) =>
          reloaded(contract, context),
        ),
    ),
    renewContract: guard(
      'order:write',
      async (_: unknown, { input }: { input: RenewInput }, context: Context) => {
        const version = contractVersion(input);
        const value = isGiven(input.value) ? parseAmount('input.value', input.value!) : null;
        return reloaded(
          await renewContract(scopeOfRequest(context), { ...input, ...version, value }),
          context,
        );
      },
    ),
    terminateContract: guard(
      'order:write',
      async (
        _: unknown,
        { input }: { input: { id: string; version: number; reason: string } },
        context: Context,
      ) => {
        const version = contractVersion(input);
        const reason = parseTerminationReason(input.reason);
        return reloaded(await terminateContract(scopeOfRequest(context), { ...version, reason }), context);
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
