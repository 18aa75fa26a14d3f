import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parseCurrency } from '@crm/db';
import { forbidden } from '@crm/errors';
import { guard, scopeOf } from '@crm/permissions';
import { scopeOfRequest, type RequestContext } from '@crm/subgraph-kit';
import { setLargeDealThreshold } from '../changes/large-deal-threshold.changes';
import { LargeDealThreshold } from '../data/large-deal-threshold.entity';
import { parseThresholdAmount } from '../domain/large-deal';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

/** A threshold applies to every deal, so only those who reach every deal (admins) set it. */
function assertEveryDeal(context: Context): void {
  if (scopeOf(context.caller, 'opportunity:write') !== 'all')
    throw forbidden('Only users who manage every deal (admins) may set large-deal thresholds');
}

function setThreshold(args: { currency: string; amount: string }, context: Context) {
  assertEveryDeal(context);
  const currency = parseCurrency('currency', args.currency);
  const amount = parseThresholdAmount(args.amount);
  return setLargeDealThreshold(scopeOfRequest(context), { currency, amount });
}

export const largeDealThresholdResolvers: GraphQLResolverMap<Context> = {
  Query: {
    largeDealThresholds: guard('opportunity:read', (_: unknown, __: unknown, context: Context) =>
      context.dataSource.getRepository(LargeDealThreshold).find({ order: { currency: 'ASC' } }),
    ),
  },
  Mutation: {
    setLargeDealThreshold: guard(
      'opportunity:write',
      (_: unknown, args: { currency: string; amount: string }, context: Context) =>
        setThreshold(args, context),
    ),
  },
  LargeDealThreshold: {
    amount: (threshold: LargeDealThreshold) => ({ amount: threshold.amount, currency: threshold.currency }),
    updatedBy: (threshold: LargeDealThreshold) =>
      threshold.updatedBy ? { __typename: 'User', id: threshold.updatedBy } : null,
  },
};
