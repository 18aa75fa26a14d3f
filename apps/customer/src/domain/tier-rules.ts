import Decimal from 'decimal.js';
import { parseAmount, parseCurrency } from '@crm/db';
import { badUserInput, InputProblems } from '@crm/errors';
import { CUSTOMER_TIERS, type CustomerTier } from './customer-vocabulary';
import type { TierRules, TierThreshold } from './tier-evaluation';

export interface TierRulesInput {
  reportingCurrency: string;
  windowMonths: number;
  thresholds: { tier: CustomerTier; minRevenue: string; minOrders: number }[];
  loyaltyMinOrders: number;
  loyaltyWindowMonths: number;
}

function parseWholeNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(field, `must be a whole number from ${min} to ${max} (got ${value})`);
  return value;
}

function parseThresholds(input: TierRulesInput['thresholds']): TierThreshold[] {
  const tiers = input.map((threshold) => threshold.tier);
  const missing = CUSTOMER_TIERS.filter((tier) => !tiers.includes(tier));
  if (missing.length > 0 || input.length !== CUSTOMER_TIERS.length)
    throw badUserInput(
      'input.thresholds',
      `must list each tier A, B, C, D once (got ${tiers.join(', ') || 'none'})`,
    );
  const problems = new InputProblems();
  const parsed = input.map((threshold, i) => ({
    tier: threshold.tier,
    minRevenue: problems.check(() => parseAmount(`input.thresholds[${i}].minRevenue`, threshold.minRevenue))!,
    minOrders: problems.check(() =>
      parseWholeNumber(`input.thresholds[${i}].minOrders`, threshold.minOrders, 0, 100_000),
    )!,
    index: i,
  }));
  problems.throwIfAny();
  parsed.sort((a, b) => CUSTOMER_TIERS.indexOf(a.tier) - CUSTOMER_TIERS.indexOf(b.tier));
  for (let i = 1; i < parsed.length; i++) assertAbove(parsed[i - 1], parsed[i]);
  return parsed.map(({ tier, minRevenue, minOrders }) => ({ tier, minRevenue, minOrders }));
}

/** Tiers are evaluated from A down: a tier no higher than the next would make that one unreachable. */
function assertAbove(
  higher: TierThreshold & { index: number },
  lower: TierThreshold & { index: number },
): void {
  const revenue = new Decimal(higher.minRevenue).comparedTo(lower.minRevenue);
  if (revenue < 0)
    throw badUserInput(
      `input.thresholds[${lower.index}].minRevenue`,
      `tier ${lower.tier} needs ${lower.minRevenue}, more than tier ${higher.tier} (${higher.minRevenue}); thresholds must decrease from A to D`,
    );
  if (higher.minOrders < lower.minOrders)
    throw badUserInput(
      `input.thresholds[${lower.index}].minOrders`,
      `tier ${lower.tier} needs ${lower.minOrders} orders, more than tier ${higher.tier} (${higher.minOrders}); thresholds must decrease from A to D`,
    );
  if (revenue === 0 && higher.minOrders === lower.minOrders)
    throw badUserInput(
      `input.thresholds[${lower.index}]`,
      `tier ${lower.tier} has the same thresholds as tier ${higher.tier}, so it could never be reached`,
    );
}

/** Validates admin-edited rules; every problem is BAD_USER_INPUT on its field, all at once. */
export function parseTierRules(input: TierRulesInput): TierRules {
  const problems = new InputProblems();
  const reportingCurrency = problems.check(() =>
    parseCurrency('input.reportingCurrency', input.reportingCurrency),
  );
  const windowMonths = problems.check(() =>
    parseWholeNumber('input.windowMonths', input.windowMonths, 1, 60),
  );
  const thresholds = problems.check(() => parseThresholds(input.thresholds));
  // REPEAT needs 2 orders; loyalty must ask for more, or a second order would skip REPEAT.
  const minOrders = problems.check(() =>
    parseWholeNumber('input.loyaltyMinOrders', input.loyaltyMinOrders, 3, 100_000),
  );
  const loyaltyWindow = problems.check(() =>
    parseWholeNumber('input.loyaltyWindowMonths', input.loyaltyWindowMonths, 1, 60),
  );
  problems.throwIfAny();
  return {
    reportingCurrency: reportingCurrency!,
    windowMonths: windowMonths!,
    thresholds: thresholds!,
    loyalty: { minOrders: minOrders!, windowMonths: loyaltyWindow! },
  };
}
