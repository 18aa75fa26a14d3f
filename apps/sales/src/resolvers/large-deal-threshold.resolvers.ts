import { parseCurrency } from '@crm/db';
import { forbidden } from '@crm/errors';
import { guard, scopeOf } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { setLargeDealThreshold } from '../changes/large-deal-threshold.changes';
import { LargeDealThreshold } from '../data/large-deal-threshold.entity';
import { parseThresholdAmount } from '../domain/large-deal';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

/** A threshold applies to every deal, so only those who reach every deal (admins) set it. */
function assertEveryDeal(context: SalesContext): void {
  if (scopeOf(context.caller, 'opportunity:write') !== 'all')
    throw forbidden('Only users who manage every deal (admins) may set large-deal thresholds');
}

function setThreshold(args: { currency: string; amount: string }, context: SalesContext) {
  assertEveryDeal(context);
  const currency = parseCurrency('currency', args.currency);
  const amount = parseThresholdAmount(args.amount);
  return setLargeDealThreshold(scopeOfRequest(context), { currency, amount });
}

export const largeDealThresholdResolvers: Resolvers = {
  Query: {
    largeDealThresholds: guard('opportunity:read', (_, __, context) =>
      context.dataSource.getRepository(LargeDealThreshold).find({ order: { currency: 'ASC' } }),
    ),
  },
  Mutation: {
    setLargeDealThreshold: guard('opportunity:write', (_, args, context) => setThreshold(args, context)),
  },
  LargeDealThreshold: {
    amount: (threshold) => ({ amount: threshold.amount, currency: threshold.currency }),
    updatedBy: (threshold) => (threshold.updatedBy ? { __typename: 'User', id: threshold.updatedBy } : null),
  },
};
