import { formatAmount } from '@crm/db';
import type { Resolvers } from '../generated/resolvers-types';

/** Customer.metrics' scores; the metrics field itself is guarded (customer.resolvers.ts). */
export const scoreResolvers: Resolvers = {
  CustomerMetrics: {
    rfm: async (metrics, _args, context) =>
      (await context.loaders.scoresOfCustomer.load(metrics.customerId))?.rfm ?? null,
    clv: async (metrics, _args, context) => {
      const clv = (await context.loaders.scoresOfCustomer.load(metrics.customerId))?.clv;
      return clv ? { amount: formatAmount(clv.amount, clv.currency), currency: clv.currency } : null;
    },
    churnRisk: async (metrics, _args, context) =>
      (await context.loaders.scoresOfCustomer.load(metrics.customerId))?.churnRisk ?? null,
    scoredAt: async (metrics, _args, context) =>
      (await context.loaders.scoresOfCustomer.load(metrics.customerId))?.scoredAt ?? null,
  },
};
