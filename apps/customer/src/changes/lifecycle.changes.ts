import { InputProblems } from '@crm/errors';
import { parseId, runChange, type ChangeScope } from '@crm/subgraph-kit';
import type { Customer } from '../data/customer.entity';
import { parseChurnNote, type ChurnReasonCategory } from '../domain/churn-reason';
import type { LifecycleStage } from '../domain/customer-vocabulary';
import { assertTransition, parseReason } from '../domain/lifecycle-transition';
import { customerChurned, customerReactivated } from '../events/churn.events';
import { lockCustomerToChange } from './customer-lock';
import { moveLifecycle, type ValueCause } from './customer-value.changes';

export interface ChangeLifecycleStageInput {
  customerId: string;
  stage: LifecycleStage;
  reason: string;
  version?: number | null;
}

export interface MarkCustomerChurnedInput {
  customerId: string;
  reasonCategory: ChurnReasonCategory;
  note?: string | null;
  version?: number | null;
}

export interface WinBackCustomerInput {
  customerId: string;
  reason: string;
  version?: number | null;
}

const manual = (action: string): ValueCause => ({
  action,
  source: 'MANUAL',
  causingEventId: null,
  at: new Date(),
});

/** The customer id and the text a user gave, every problem at once. */
function parseTarget<T>(customerId: string, text: () => T): { id: string; text: T } {
  const problems = new InputProblems();
  const id = problems.check(() => parseId('input.customerId', customerId));
  const parsed = problems.check(text);
  problems.throwIfAny();
  return { id: id!, text: parsed as T };
}

const target = (id: string, version: number | null | undefined) => ({
  id,
  field: 'input.customerId',
  version,
  merged: 'notFound' as const,
  erased: 'allow' as const,
});

/** A user moves a customer to another stage, as far as the lifecycle allows (DESIGN §3). */
export function changeLifecycleStage(
  scope: ChangeScope,
  input: ChangeLifecycleStageInput,
): Promise<Customer> {
  const { id, text: reason } = parseTarget(input.customerId, () => parseReason('input.reason', input.reason));
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, target(id, input.version));
    assertTransition(customer.lifecycleStage, input.stage, 'MANUAL', 'input.stage');
    const step = { from: customer.lifecycleStage, to: input.stage, reason };
    return moveLifecycle(change, customer, [step], manual('changeLifecycleStage'));
  });
}

/** The customer left: CHURNED with a reason category, announced as customer.churned. */
export function markCustomerChurned(scope: ChangeScope, input: MarkCustomerChurnedInput): Promise<Customer> {
  const { id, text: note } = parseTarget(input.customerId, () => parseChurnNote('input.note', input.note));
  const reason = `Churned: ${input.reasonCategory}${note ? ` (${note})` : ''}`;
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, target(id, input.version));
    const previousStage = customer.lifecycleStage;
    assertTransition(previousStage, 'CHURNED', 'CHURN', 'input.customerId');
    const cause = manual('markCustomerChurned');
    const churn = { churnReasonCategory: input.reasonCategory, churnedAt: cause.at, churnNote: note };
    const step = { from: previousStage, to: 'CHURNED' as const, reason };
    const churned = await moveLifecycle(change, customer, [step], cause, churn);
    const facts = {
      customerId: customer.id,
      reasonCategory: input.reasonCategory,
      note,
      previousStage,
      actorId: change.origin.actor,
      churnedAt: cause.at,
    };
    change.publish(customerChurned(facts, change.origin));
    return churned;
  });
}

/** A churned customer is won back: CUSTOMER again, the churn fields cleared, customer.reactivated. */
export function winBackCustomer(scope: ChangeScope, input: WinBackCustomerInput): Promise<Customer> {
  const { id, text: reason } = parseTarget(input.customerId, () => parseReason('input.reason', input.reason));
  return runChange(scope, async (change) => {
    const customer = await lockCustomerToChange(change, target(id, input.version));
    assertTransition(customer.lifecycleStage, 'CUSTOMER', 'WIN_BACK', 'input.customerId');
    const cause = manual('winBackCustomer');
    const cleared = { churnReasonCategory: null, churnedAt: null, churnNote: null };
    const step = { from: customer.lifecycleStage, to: 'CUSTOMER' as const, reason: `Won back: ${reason}` };
    const wonBack = await moveLifecycle(change, customer, [step], cause, cleared);
    const facts = {
      customerId: customer.id,
      reason,
      previousChurnReasonCategory: customer.churnReasonCategory as ChurnReasonCategory | null,
      churnedAt: customer.churnedAt,
      actorId: change.origin.actor,
      reactivatedAt: cause.at,
    };
    change.publish(customerReactivated(facts, change.origin));
    return wonBack;
  });
}
