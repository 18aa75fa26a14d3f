import Decimal from 'decimal.js';
import { parseAmount, parseCurrency } from '@crm/db';
import { badUserInput } from '@crm/errors';

export interface CostLine {
  spentOn: string;
  category: string;
  amount: string;
  currency: string;
  note: string | null;
}

export interface CostInput {
  spentOn: string;
  category: string;
  amount: string;
  currency: string;
  note?: string | null;
}

/** Validates recordCampaignCost's input; money stays an exact decimal string. */
export function parseCostLine(input: CostInput, path = 'input'): CostLine {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.spentOn))
    throw badUserInput(`${path}.spentOn`, `must be a date such as 2026-12-31 (got "${input.spentOn}")`);
  const category = input.category.trim();
  if (category.length < 1 || category.length > 100)
    throw badUserInput(`${path}.category`, 'must be 1 to 100 characters, e.g. Media or Print');
  const note = input.note?.trim() || null;
  if (note !== null && note.length > 2000)
    throw badUserInput(`${path}.note`, 'must be at most 2000 characters');
  const amount = parseAmount(`${path}.amount`, input.amount);
  if (new Decimal(amount).isZero()) throw badUserInput(`${path}.amount`, 'must be more than 0');
  return {
    spentOn: input.spentOn,
    category,
    amount,
    currency: parseCurrency(`${path}.currency`, input.currency),
    note,
  };
}

/**
 * A campaign is accounted in one currency: its budget's, or (without a budget) that of its first
 * cost line, so its total cost and over-budget check stay exact sums without exchange rates.
 */
export function assertCostCurrency(campaignCurrency: string | null, currency: string, field: string): void {
  if (campaignCurrency !== null && campaignCurrency !== currency)
    throw badUserInput(field, `must be the campaign's currency ${campaignCurrency} (got ${currency})`);
}

export function addAmounts(...amounts: string[]): string {
  return amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)).toFixed();
}

export function isOverBudget(totalCost: string, budgetAmount: string | null): boolean {
  return budgetAmount !== null && new Decimal(totalCost).greaterThan(budgetAmount);
}

/** The warning a cost line earns when it pushes the spend past the budget (and only then). */
export function overBudgetWarnings(
  before: string,
  after: string,
  budget: { amount: string; currency: string } | null,
): string[] {
  if (budget === null || isOverBudget(before, budget.amount) || !isOverBudget(after, budget.amount))
    return [];
  const over = new Decimal(after).minus(budget.amount).toFixed();
  return [
    `the campaign is over budget: spent ${after} ${budget.currency} of ${budget.amount} ${budget.currency} (${over} over)`,
  ];
}
