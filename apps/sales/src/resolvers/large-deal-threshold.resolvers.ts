import Decimal from 'decimal.js';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { newId, parseAmount, parseCurrency } from '@crm/db';
import { badUserInput, forbidden } from '@crm/errors';
import { guard, scopeOf } from '@crm/permissions';
import { recordAudit, type RequestContext } from '@crm/subgraph-kit';
import { LargeDealThreshold } from '../data/large-deal-threshold.entity';
import type { SalesLoaders } from '../sales-loaders';

type Context = RequestContext<SalesLoaders>;

/** A threshold applies to every deal, so only those who reach every deal (admins) set it. */
function assertEveryDeal(context: Context): void {
  if (scopeOf(context.caller, 'opportunity:write') !== 'all')
    throw forbidden('Only users who manage every deal (admins) may set large-deal thresholds');
}

async function setLargeDealThreshold(args: { currency: string; amount: string }, context: Context) {
  assertEveryDeal(context);
  const currency = parseCurrency('currency', args.currency);
  const amount = parseAmount('amount', args.amount);
  if (new Decimal(amount).isZero()) throw badUserInput('amount', 'must be > 0 (got 0)');
  return context.dataSource.transaction(async (manager) => {
    const before = await manager.findOne(LargeDealThreshold, {
      where: { currency },
      lock: { mode: 'pessimistic_write' },
    });
    const after = Object.assign(new LargeDealThreshold(), {
      id: before?.id ?? newId(),
      currency,
      amount,
      updatedAt: new Date(),
      updatedBy: context.caller.userId,
    });
    await manager.save(LargeDealThreshold, after);
    await recordAudit(manager, context, {
      action: 'setLargeDealThreshold',
      entityType: 'LargeDealThreshold',
      entityId: after.id,
      before: before ? { currency, amount: before.amount } : null,
      after: { currency, amount },
    });
    return after;
  });
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
        setLargeDealThreshold(args, context),
    ),
  },
  LargeDealThreshold: {
    amount: (threshold: LargeDealThreshold) => ({ amount: threshold.amount, currency: threshold.currency }),
    updatedBy: (threshold: LargeDealThreshold) =>
      threshold.updatedBy ? { __typename: 'User', id: threshold.updatedBy } : null,
  },
};
