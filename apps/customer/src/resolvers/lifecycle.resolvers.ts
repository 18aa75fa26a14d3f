import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, readableOwnerIds } from '@crm/permissions';
import { scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { actorOf } from './history-actor';
import {
  changeLifecycleStage,
  markCustomerChurned,
  winBackCustomer,
  type ChangeLifecycleStageInput,
  type MarkCustomerChurnedInput,
  type WinBackCustomerInput,
} from '../changes/lifecycle.changes';
import type { Customer } from '../data/customer.entity';
import { listChurnedCustomers } from '../data/churned-customers.repository';
import type { LifecycleChange } from '../data/lifecycle-change.entity';
import type { ChurnReasonCategory } from '../domain/churn-reason';
import type { CustomerLoaders } from '../customer-loaders';

type Context = RequestContext<CustomerLoaders>;

interface ChurnedCustomersArgs extends PageRequest {
  reasonCategory?: ChurnReasonCategory | null;
  churnedAfter?: Date | null;
}

function churnedCustomers({ reasonCategory, churnedAfter, ...page }: ChurnedCustomersArgs, context: Context) {
  const ownerIds = readableOwnerIds(context.caller, 'customer:read');
  return listChurnedCustomers(context.dataSource, { reasonCategory, churnedAfter, ownerIds }, page);
}

export const lifecycleResolvers: GraphQLResolverMap<Context> = {
  Query: {
    churnedCustomers: guard('customer:read', (_: unknown, args: ChurnedCustomersArgs, context: Context) =>
      churnedCustomers(args, context),
    ),
  },
  Mutation: {
    changeLifecycleStage: guard(
      'customer:write',
      (_: unknown, { input }: { input: ChangeLifecycleStageInput }, context: Context) =>
        changeLifecycleStage(scopeOfRequest(context), input),
    ),
    markCustomerChurned: guard(
      'customer:write',
      (_: unknown, { input }: { input: MarkCustomerChurnedInput }, context: Context) =>
        markCustomerChurned(scopeOfRequest(context), input),
    ),
    winBackCustomer: guard(
      'customer:write',
      (_: unknown, { input }: { input: WinBackCustomerInput }, context: Context) =>
        winBackCustomer(scopeOfRequest(context), input),
    ),
  },
  Customer: {
    churn: guard('customer:read', (customer: Customer, _: unknown, __: Context) =>
      customer.churnedAt && customer.churnReasonCategory
        ? {
            reasonCategory: customer.churnReasonCategory,
            note: customer.churnNote,
            churnedAt: customer.churnedAt,
          }
        : null,
    ),
    lifecycleHistory: guard('customer:read', (customer: Customer, page: PageRequest, context: Context) =>
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
