import { badUserInput, refuseNul } from '@crm/errors';
import type { LifecycleStage } from './customer-vocabulary';

/** What moved the customer: another domain's event, or a user's mutation. */
export type LifecycleChangeSource = 'EVENT' | 'MANUAL';

/** How a change is requested; CHURN and WIN_BACK have their own mutations (with their own events). */
export type LifecycleTrigger = 'PURCHASE' | 'CHURN_RISK' | 'MANUAL' | 'CHURN' | 'WIN_BACK';

/**
 * DESIGN §3: PROSPECT → CUSTOMER → REPEAT → LOYAL, plus AT_RISK and CHURNED, back via win-back.
 * Every allowed move, with the triggers that may make it. Anything not listed is refused.
 */
export const LIFECYCLE_TRANSITIONS: Readonly<
  Record<LifecycleStage, Partial<Record<LifecycleStage, readonly LifecycleTrigger[]>>>
> = {
  PROSPECT: { CUSTOMER: ['PURCHASE', 'MANUAL'] },
  CUSTOMER: {
    REPEAT: ['PURCHASE', 'MANUAL'],
    LOYAL: ['PURCHASE', 'MANUAL'],
    AT_RISK: ['CHURN_RISK', 'MANUAL'],
    CHURNED: ['CHURN'],
  },
  REPEAT: { LOYAL: ['PURCHASE', 'MANUAL'], AT_RISK: ['CHURN_RISK', 'MANUAL'], CHURNED: ['CHURN'] },
  LOYAL: { AT_RISK: ['CHURN_RISK', 'MANUAL'], CHURNED: ['CHURN'] },
  // A purchase from a customer at risk proves them active again: back to the stage they earned.
  // So does analytics clearing the churn risk that put them there.
  AT_RISK: {
    CUSTOMER: ['PURCHASE', 'MANUAL', 'CHURN_RISK'],
    REPEAT: ['PURCHASE', 'MANUAL', 'CHURN_RISK'],
    LOYAL: ['PURCHASE', 'MANUAL', 'CHURN_RISK'],
    CHURNED: ['CHURN'],
  },
  // Only a win-back leaves CHURNED; a purchase alone is recorded but does not reactivate.
  CHURNED: { CUSTOMER: ['WIN_BACK'] },
};

const HINT: Partial<Record<LifecycleTrigger, string>> = {
  CHURN: 'use markCustomerChurned',
  WIN_BACK: 'use winBackCustomer',
};

export function canTransition(from: LifecycleStage, to: LifecycleStage, trigger: LifecycleTrigger): boolean {
  return LIFECYCLE_TRANSITIONS[from][to]?.includes(trigger) ?? false;
}

/**
 * Refuses a move the table does not allow for this trigger, naming from and to.
 * @throws BAD_USER_INPUT on `field`
 */
export function assertTransition(
  from: LifecycleStage,
  to: LifecycleStage,
  trigger: LifecycleTrigger,
  field = 'stage',
): void {
  if (canTransition(from, to, trigger)) return;
  const triggers = LIFECYCLE_TRANSITIONS[from][to];
  const hint = triggers?.map((other) => HINT[other]).find(Boolean);
  const allowed = Object.entries(LIFECYCLE_TRANSITIONS[from])
    .filter(([, list]) => list.includes(trigger))
    .map(([stage]) => stage);
  throw badUserInput(
    field,
    from === to
      ? `the customer is already ${from}`
      : `cannot move a customer from ${from} to ${to}` +
          (hint ? ` here; ${hint}` : ` (allowed from ${from}: ${allowed.join(', ') || 'none'})`),
  );
}

/** Reads a reason a user gave: 1 to 500 characters after trimming. */
export function parseReason(field: string, reason: string): string {
  refuseNul(field, reason);
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > 500)
    throw badUserInput(field, `must be 1 to 500 characters (got ${trimmed.length})`);
  return trimmed;
}

/** What the purchases seen so far say about a customer. */
export interface PurchaseHistory {
  /** Distinct orders ever (an order and its payments count once). */
  orders: number;
  /** Distinct orders inside the loyalty window. */
  recentOrders: number;
}

/** LOYAL: at least `minOrders` distinct orders in the last `windowMonths` months. */
export interface LoyaltyRule {
  minOrders: number;
  windowMonths: number;
}

export const DEFAULT_LOYALTY_RULE: LoyaltyRule = { minOrders: 5, windowMonths: 12 };

export interface LifecycleStep {
  from: LifecycleStage;
  to: LifecycleStage;
  reason: string;
}

const LADDER: readonly LifecycleStage[] = ['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL'];

/** The highest rung of the purchase ladder the history earns (PROSPECT without any order). */
export function earnedStage(history: PurchaseHistory, loyalty: LoyaltyRule): LifecycleStage {
  if (history.recentOrders >= loyalty.minOrders) return 'LOYAL';
  if (history.orders >= 2) return 'REPEAT';
  if (history.orders >= 1) return 'CUSTOMER';
  return 'PROSPECT';
}

function reasonFor(to: LifecycleStage, history: PurchaseHistory, loyalty: LoyaltyRule): string {
  if (to === 'CUSTOMER') return 'First purchase';
  if (to === 'REPEAT') return `Repeat purchase (${history.orders} orders)`;
  return `${history.recentOrders} orders in ${loyalty.windowMonths} months (loyalty rule: ${loyalty.minOrders})`;
}

/**
 * The moves a purchase causes, in order: never down the ladder, one history entry per rung
 * (PROSPECT → CUSTOMER → REPEAT when a prospect's first evaluation already sees two orders, e.g.
 * revenue that arrived before the customer existed). Loyalty needs ≥ 3 orders (tier-rules.ts), so
 * every rung is really earned.
 * A customer at risk goes straight back to the stage earned; a churned one does not move.
 */
export function stepsAfterPurchase(
  current: LifecycleStage,
  history: PurchaseHistory,
  loyalty: LoyaltyRule = DEFAULT_LOYALTY_RULE,
): LifecycleStep[] {
  const earned = earnedStage(history, loyalty);
  if (current === 'AT_RISK') {
    return earned === 'PROSPECT'
      ? []
      : [
          {
            from: current,
            to: earned,
            reason: `Purchase while at risk: ${reasonFor(earned, history, loyalty)}`,
          },
        ];
  }
  const start = LADDER.indexOf(current);
  const end = LADDER.indexOf(earned);
  if (start < 0 || end <= start) return [];
  const steps: LifecycleStep[] = [];
  for (let rung = start; rung < end; rung++) {
    const to = LADDER[rung + 1];
    steps.push({ from: LADDER[rung], to, reason: reasonFor(to, history, loyalty) });
  }
  return steps;
}

/**
 * The churn-risk rule the analytics issue will feed with a score: a customer on the purchase
 * ladder whose risk reaches the threshold moves to AT_RISK. Until then only the explicit
 * mutation moves a customer there.
 */
export function stepForChurnRisk(
  current: LifecycleStage,
  riskScore: number,
  threshold = 0.7,
): LifecycleStep | null {
  if (riskScore < threshold || !canTransition(current, 'AT_RISK', 'CHURN_RISK')) return null;
  return { from: current, to: 'AT_RISK', reason: `Churn risk ${riskScore} reached ${threshold}` };
}

/**
 * Analytics cleared the risk: a customer still AT_RISK goes back to the stage their purchases earn
 * (at least CUSTOMER: only customers reach AT_RISK). Any other stage stays.
 */
export function stepForChurnRiskCleared(
  current: LifecycleStage,
  history: PurchaseHistory,
  loyalty: LoyaltyRule = DEFAULT_LOYALTY_RULE,
): LifecycleStep | null {
  if (current !== 'AT_RISK') return null;
  const earned = earnedStage(history, loyalty);
  const to = earned === 'PROSPECT' ? 'CUSTOMER' : earned;
  return { from: current, to, reason: `Churn risk cleared: back to ${to}` };
}
