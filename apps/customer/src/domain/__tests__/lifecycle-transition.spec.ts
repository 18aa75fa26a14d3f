import { CrmError } from '@crm/errors';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../customer-vocabulary';
import {
  assertTransition,
  canTransition,
  earnedStage,
  parseReason,
  stepForChurnRisk,
  stepForChurnRiskCleared,
  stepsAfterPurchase,
  type LifecycleTrigger,
} from '../lifecycle-transition';

const LOYALTY = { minOrders: 5, windowMonths: 12 };

/** Every allowed move, written out: any other (from, to, trigger) must be refused. */
const ALLOWED: [LifecycleStage, LifecycleStage, LifecycleTrigger][] = [
  ['PROSPECT', 'CUSTOMER', 'PURCHASE'],
  ['PROSPECT', 'CUSTOMER', 'MANUAL'],
  ['CUSTOMER', 'REPEAT', 'PURCHASE'],
  ['CUSTOMER', 'REPEAT', 'MANUAL'],
  ['CUSTOMER', 'LOYAL', 'PURCHASE'],
  ['CUSTOMER', 'LOYAL', 'MANUAL'],
  ['CUSTOMER', 'AT_RISK', 'CHURN_RISK'],
  ['CUSTOMER', 'AT_RISK', 'MANUAL'],
  ['CUSTOMER', 'CHURNED', 'CHURN'],
  ['REPEAT', 'LOYAL', 'PURCHASE'],
  ['REPEAT', 'LOYAL', 'MANUAL'],
  ['REPEAT', 'AT_RISK', 'CHURN_RISK'],
  ['REPEAT', 'AT_RISK', 'MANUAL'],
  ['REPEAT', 'CHURNED', 'CHURN'],
  ['LOYAL', 'AT_RISK', 'CHURN_RISK'],
  ['LOYAL', 'AT_RISK', 'MANUAL'],
  ['LOYAL', 'CHURNED', 'CHURN'],
  ['AT_RISK', 'CUSTOMER', 'PURCHASE'],
  ['AT_RISK', 'CUSTOMER', 'MANUAL'],
  ['AT_RISK', 'CUSTOMER', 'CHURN_RISK'],
  ['AT_RISK', 'REPEAT', 'PURCHASE'],
  ['AT_RISK', 'REPEAT', 'MANUAL'],
  ['AT_RISK', 'REPEAT', 'CHURN_RISK'],
  ['AT_RISK', 'LOYAL', 'PURCHASE'],
  ['AT_RISK', 'LOYAL', 'MANUAL'],
  ['AT_RISK', 'LOYAL', 'CHURN_RISK'],
  ['AT_RISK', 'CHURNED', 'CHURN'],
  ['CHURNED', 'CUSTOMER', 'WIN_BACK'],
];
const TRIGGERS: LifecycleTrigger[] = ['PURCHASE', 'CHURN_RISK', 'MANUAL', 'CHURN', 'WIN_BACK'];
const ALL = LIFECYCLE_STAGES.flatMap((from) =>
  LIFECYCLE_STAGES.flatMap((to) => TRIGGERS.map((trigger) => [from, to, trigger] as const)),
);
const isAllowed = (from: string, to: string, trigger: string) =>
  ALLOWED.some(([f, t, tr]) => f === from && t === to && tr === trigger);

function refusal(run: () => void): CrmError {
  try {
    run();
  } catch (error) {
    return error as CrmError;
  }
  throw new Error('expected a refusal');
}

describe('lifecycle transitions', () => {
  it.each(ALLOWED)('allows %s → %s by %s', (from, to, trigger) => {
    expect(canTransition(from, to, trigger)).toBe(true);
    expect(() => assertTransition(from, to, trigger)).not.toThrow();
  });

  it.each(ALL.filter(([from, to, trigger]) => !isAllowed(from, to, trigger)))(
    'refuses %s → %s by %s with BAD_USER_INPUT naming both stages',
    (from, to, trigger) => {
      expect(canTransition(from, to, trigger)).toBe(false);
      const error = refusal(() => assertTransition(from, to, trigger, 'input.stage'));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stage' });
      expect(error.message).toContain(from);
      if (from !== to) expect(error.message).toContain(to);
    },
  );

  it('points a manual churn or reactivation to its own mutation', () => {
    expect(refusal(() => assertTransition('LOYAL', 'CHURNED', 'MANUAL')).message).toMatch(
      /markCustomerChurned/,
    );
    expect(refusal(() => assertTransition('CHURNED', 'CUSTOMER', 'MANUAL')).message).toMatch(
      /winBackCustomer/,
    );
  });

  it('reads a reason of 1 to 500 characters', () => {
    expect(parseReason('input.reason', '  Signed  ')).toBe('Signed');
    expect(refusal(() => parseReason('input.reason', '   '))).toMatchObject({ field: 'input.reason' });
    expect(refusal(() => parseReason('input.reason', 'x'.repeat(501)))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('purchase rules', () => {
  it('earns CUSTOMER with one order, REPEAT with two, LOYAL by the loyalty rule', () => {
    expect(earnedStage({ orders: 0, recentOrders: 0 }, LOYALTY)).toBe('PROSPECT');
    expect(earnedStage({ orders: 1, recentOrders: 1 }, LOYALTY)).toBe('CUSTOMER');
    expect(earnedStage({ orders: 2, recentOrders: 2 }, LOYALTY)).toBe('REPEAT');
    expect(earnedStage({ orders: 9, recentOrders: 4 }, LOYALTY)).toBe('REPEAT');
    expect(earnedStage({ orders: 5, recentOrders: 5 }, LOYALTY)).toBe('LOYAL');
    expect(earnedStage({ orders: 3, recentOrders: 3 }, { minOrders: 3, windowMonths: 6 })).toBe('LOYAL');
  });

  it('moves a prospect to CUSTOMER on the first purchase, then to REPEAT on the second order', () => {
    expect(stepsAfterPurchase('PROSPECT', { orders: 1, recentOrders: 1 }, LOYALTY)).toEqual([
      { from: 'PROSPECT', to: 'CUSTOMER', reason: 'First purchase' },
    ]);
    expect(stepsAfterPurchase('CUSTOMER', { orders: 1, recentOrders: 1 }, LOYALTY)).toEqual([]);
    expect(stepsAfterPurchase('CUSTOMER', { orders: 2, recentOrders: 2 }, LOYALTY)).toEqual([
      { from: 'CUSTOMER', to: 'REPEAT', reason: 'Repeat purchase (2 orders)' },
    ]);
  });

  it('passes every rung, one step each, when the history already earns more', () => {
    const steps = stepsAfterPurchase('PROSPECT', { orders: 6, recentOrders: 5 }, LOYALTY);
    expect(steps.map((step) => `${step.from}→${step.to}`)).toEqual([
      'PROSPECT→CUSTOMER',
      'CUSTOMER→REPEAT',
      'REPEAT→LOYAL',
    ]);
    expect(steps[2].reason).toBe('5 orders in 12 months (loyalty rule: 5)');
  });

  it('never moves down the ladder, nor a churned customer', () => {
    expect(stepsAfterPurchase('LOYAL', { orders: 2, recentOrders: 1 }, LOYALTY)).toEqual([]);
    expect(stepsAfterPurchase('REPEAT', { orders: 3, recentOrders: 3 }, LOYALTY)).toEqual([]);
    expect(stepsAfterPurchase('CHURNED', { orders: 8, recentOrders: 8 }, LOYALTY)).toEqual([]);
  });

  it('brings a customer at risk straight back to the stage earned', () => {
    expect(stepsAfterPurchase('AT_RISK', { orders: 3, recentOrders: 1 }, LOYALTY)).toEqual([
      { from: 'AT_RISK', to: 'REPEAT', reason: 'Purchase while at risk: Repeat purchase (3 orders)' },
    ]);
    expect(stepsAfterPurchase('AT_RISK', { orders: 0, recentOrders: 0 }, LOYALTY)).toEqual([]);
  });
});

describe('churn-risk rule', () => {
  it('moves a customer on the ladder to AT_RISK once the score reaches the threshold', () => {
    expect(stepForChurnRisk('REPEAT', 0.8)).toMatchObject({ from: 'REPEAT', to: 'AT_RISK' });
    expect(stepForChurnRisk('REPEAT', 0.7)).not.toBeNull();
    expect(stepForChurnRisk('REPEAT', 0.69)).toBeNull();
    expect(stepForChurnRisk('PROSPECT', 0.99)).toBeNull();
    expect(stepForChurnRisk('AT_RISK', 0.99)).toBeNull();
    expect(stepForChurnRisk('CHURNED', 0.99)).toBeNull();
    expect(stepForChurnRisk('LOYAL', 0.5, 0.4)).toMatchObject({ to: 'AT_RISK' });
  });
});

describe('churn risk cleared', () => {
  it('moves a customer at risk back to the stage their purchases earn, at least CUSTOMER', () => {
    expect(stepForChurnRiskCleared('AT_RISK', { orders: 3, recentOrders: 1 }, LOYALTY)).toEqual({
      from: 'AT_RISK',
      to: 'REPEAT',
      reason: 'Churn risk cleared: back to REPEAT',
    });
    expect(stepForChurnRiskCleared('AT_RISK', { orders: 6, recentOrders: 5 }, LOYALTY)).toMatchObject({
      to: 'LOYAL',
    });
    expect(stepForChurnRiskCleared('AT_RISK', { orders: 0, recentOrders: 0 }, LOYALTY)).toMatchObject({
      to: 'CUSTOMER',
    });
  });

  it('leaves every other stage alone', () => {
    for (const stage of ['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'CHURNED'] as const)
      expect(stepForChurnRiskCleared(stage, { orders: 3, recentOrders: 3 }, LOYALTY)).toBeNull();
  });
});
