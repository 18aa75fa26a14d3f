import { parseAmount } from '@crm/db';
import { notFound } from '@crm/errors';
import { assertRecordAccess, guard, guardReference, readableOwnerIds, withinScope } from '@crm/permissions';
import { runIdempotently, paginate, parseId, scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import {
  createContract,
  moveContract,
  renewContract,
  terminateContract,
  type ContractBasis,
} from '../changes/contract.changes';
import { Contract } from '../data/contract.entity';
import { IN_FORCE_STATUSES, parseTerminationReason } from '../domain/contract-status';
import { addDays, contractTerms, parseRenewalWindow, todayInUtc } from '../domain/contract-terms';
import { exactlyOneSource } from '../domain/document-sources';
import { isGiven } from '../domain/input-parsing';
import { dealShown, quoteShown } from './document-links';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

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

export async function contractById(id: string, context: SalesContext, field = 'id'): Promise<Contract> {
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
  context: SalesContext,
): Promise<Contract> {
  const terms = contractTerms(input);
  const basis = contractBasis(input);
  const request = { operation: 'createContract', key: idempotencyKey, input };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const contract = await createContract(scope, {
      basis,
      terms,
      value: input.value ?? null,
      currency: input.currency ?? null,
    });
    return contract.id;
  });
  return contractById(id, context);
}

/** The contract after a change: the request's loader may still hold the row from before. */
function reloaded(contract: Contract, context: SalesContext): Promise<Contract> {
  context.loaders.contractById.clear(contract.id);
  return contractById(contract.id, context);
}

const contractVersion = (input: { id: string; version: number }) => ({
  id: parseId('input.id', input.id),
  version: input.version,
});

interface DueArgs extends PageRequest {
  withinDays?: number | null;
}

/** Contracts in force whose renewal reminder is due by `withinDays` from today and not yet renewed past. */
function contractsDueForRenewal(args: DueArgs, context: SalesContext) {
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
      keys: ['date', 'uuid'],
      direction: 'ASC',
      valuesOf: (row) => [row.renewalReminderOn, row.id],
    },
    args,
  );
}

export const contractResolvers: Resolvers = {
  Query: {
    contract: guard('order:read', (_, { id }, context) => contractById(id, context)),
    contractsDueForRenewal: guard('order:read', (_, args, context) => contractsDueForRenewal(args, context)),
  },
  Mutation: {
    createContract: guard('order:write', (_, { input }, context) => createNewContract(input, context)),
    moveContract: guard('order:write', (_, { input }, context) =>
      moveContract(scopeOfRequest(context), { ...contractVersion(input), to: input.to }).then((contract) =>
        reloaded(contract, context),
      ),
    ),
    renewContract: guard('order:write', async (_, { input }, context) => {
      const version = contractVersion(input);
      const value = isGiven(input.value) ? parseAmount('input.value', input.value!) : null;
      return reloaded(await renewContract(scopeOfRequest(context), { ...input, ...version, value }), context);
    }),
    terminateContract: guard('order:write', async (_, { input }, context) => {
      const version = contractVersion(input);
      const reason = parseTerminationReason(input.reason);
      return reloaded(await terminateContract(scopeOfRequest(context), { ...version, reason }), context);
    }),
  },
  Contract: {
    __resolveReference: guardReference('order:read', async (reference, context) =>
      withinScope(context.caller, 'order:read', await context.loaders.contractById.load(reference.id)),
    ),
    customer: (contract) => ({ __typename: 'Customer', id: contract.customerId }),
    opportunity: (contract, _, context) => dealShown(contract.opportunityId, context),
    quote: (contract, _, context) => quoteShown(contract.quoteId, context),
    owner: (contract) => (contract.ownerId ? { __typename: 'User', id: contract.ownerId } : null),
    value: (contract) => ({ amount: contract.value, currency: contract.currency }),
  },
};
