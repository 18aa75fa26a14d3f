import type { QueryChurnedCustomersArgs, Resolvers } from '../generated/resolvers-types';
import type { CustomerContext } from '../customer-context';
import { guard, readableOwnerIds } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { actorOf } from './history-actor';
import { changeLifecycleStage, markCustomerChurned, winBackCustomer } from '../changes/lifecycle.changes';
import { listChurnedCustomers } from '../data/churned-customers.repository';
import type { LifecycleChange } from '../data/lifecycle-change.entity';
import type { ChurnReasonCategory } from '../domain/churn-reason';

function churnedCustomers(
  { reasonCategory, churnedAfter, ...page }: QueryChurnedCustomersArgs,
  context: CustomerContext,
) {
  const ownerIds = readableOwnerIds(context.caller, 'customer:read');
  const after = churnedAfter ? new Date(churnedAfter) : null;
  return listChurnedCustomers(context.dataSource, { reasonCategory, churnedAfter: after, ownerIds }, page);
}

export const lifecycleResolvers: Resolvers = {
  Query: {
    churnedCustomers: guard('customer:read', (_, args, context) => churnedCustomers(args, context)),
  },
  Mutation: {
    changeLifecycleStage: guard('customer:write', (_, { input }, context) =>
      changeLifecycleStage(scopeOfRequest(context), input),
    ),
    markCustomerChurned: guard('customer:write', (_, { input }, context) =>
      markCustomerChurned(scopeOfRequest(context), input),
    ),
    winBackCustomer: guard('customer:write', (_, { input }, context) =>
      winBackCustomer(scopeOfRequest(context), input),
    ),
  },
  Customer: {
    churn: guard('customer:read', (customer, _, __) =>
      customer.churnedAt && customer.churnReasonCategory
        ? {
            reasonCategory: customer.churnReasonCategory as ChurnReasonCategory,
            note: customer.churnNote,
            churnedAt: customer.churnedAt,
          }
        : null,
    ),
    lifecycleHistory: guard('customer:read', (customer, page, context) =>
      context.loaders.lifecycleHistoryOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  LifecycleChange: {
    from: (change: LifecycleChange) => change.fromStage,
    to: (change: LifecycleChange) => change.toStage,
    at: (change: LifecycleChange) => change.createdAt,
    actor: actorOf,
  },
};
