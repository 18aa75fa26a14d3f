import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, readableOwnerIds } from '@crm/permissions';
import type { PageRequest, RequestContext } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { listChurnedCustomers } from '../data/churned-customers.repository';
import { moveLifecycle } from '../data/customer-value.writer';
import type { LifecycleChange } from '../data/lifecycle-change.entity';
import { parseChurnNote, type ChurnReasonCategory } from '../domain/churn-reason';
import type { LifecycleStage } from '../domain/customer-vocabulary';
import { assertTransition, parseReason } from '../domain/lifecycle-transition';
import { customerChurned, customerReactivated } from '../events/churn.events';
import type { CustomerLoaders } from '../customer-loaders';
import { actorOf, changeCustomer } from './customer-change';

type Context = RequestContext<CustomerLoaders>;

interface ChangeLifecycleStageInput {
  customerId: string;
  stage: LifecycleStage;
  reason: string;
  version?: number | null;
}

interface MarkCustomerChurnedInput {
  customerId: string;
  reasonCategory: ChurnReasonCategory;
  note?: string | null;
  version?: number | null;
}

interface WinBackCustomerInput {
  customerId: string;
  reason: string;
  version?: number | null;
}

function changeLifecycleStage(input: ChangeLifecycleStageInput, context: Context): Promise<Customer> {
  const reason = parseReason('input.reason', input.reason);
  return changeCustomer(
    context,
    'changeLifecycleStage',
    { id: input.customerId, field: 'input.customerId', version: input.version },
    (manager, customer, origin) => {
      assertTransition(customer.lifecycleStage, input.stage, 'MANUAL', 'input.stage');
      return moveLifecycle(
        manager,
        customer,
        [{ from: customer.lifecycleStage, to: input.stage, reason }],
        origin,
      );
    },
  );
}

function markCustomerChurned(input: MarkCustomerChurnedInput, context: Context): Promise<Customer> {
  const note = parseChurnNote('input.note', input.note);
  const reason = `Churned: ${input.reasonCategory}${note ? ` (${note})` : ''}`;
  return changeCustomer(
    context,
    'markCustomerChurned',
    { id: input.customerId, field: 'input.customerId', version: input.version },
    async (manager, customer, origin) => {
      const previousStage = customer.lifecycleStage;
      assertTransition(previousStage, 'CHURNED', 'CHURN', 'input.customerId');
      const churn = { churnReasonCategory: input.reasonCategory, churnedAt: origin.at, churnNote: note };
      const events = await moveLifecycle(
        manager,
        customer,
        [{ from: previousStage, to: 'CHURNED', reason }],
        origin,
        churn,
      );
      const facts = {
        customerId: customer.id,
        reasonCategory: input.reasonCategory,
        note,
        previousStage,
        actorId: origin.actorId,
        churnedAt: origin.at,
      };
      return [...events, customerChurned(facts, origin.correlationId)];
    },
  );
}

function winBackCustomer(input: WinBackCustomerInput, context: Context): Promise<Customer> {
  const reason = parseReason('input.reason', input.reason);
  return changeCustomer(
    context,
    'winBackCustomer',
    { id: input.customerId, field: 'input.customerId', version: input.version },
    async (manager, customer, origin) => {
      assertTransition(customer.lifecycleStage, 'CUSTOMER', 'WIN_BACK', 'input.customerId');
      const churned = {
        previousChurnReasonCategory: customer.churnReasonCategory as ChurnReasonCategory | null,
        churnedAt: customer.churnedAt,
      };
      const cleared = { churnReasonCategory: null, churnedAt: null, churnNote: null };
      const step = { from: customer.lifecycleStage, to: 'CUSTOMER' as const, reason: `Won back: ${reason}` };
      const events = await moveLifecycle(manager, customer, [step], origin, cleared);
      const facts = {
        customerId: customer.id,
        reason,
        ...churned,
        actorId: origin.actorId,
        reactivatedAt: origin.at,
      };
      return [...events, customerReactivated(facts, origin.correlationId)];
    },
  );
}

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
        changeLifecycleStage(input, context),
    ),
    markCustomerChurned: guard(
      'customer:write',
      (_: unknown, { input }: { input: MarkCustomerChurnedInput }, context: Context) =>
        markCustomerChurned(input, context),
    ),
    winBackCustomer: guard(
      'customer:write',
      (_: unknown, { input }: { input: WinBackCustomerInput }, context: Context) =>
        winBackCustomer(input, context),
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
