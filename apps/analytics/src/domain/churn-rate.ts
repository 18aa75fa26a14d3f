import { percentOf } from './report-percent';

/**
 * Churn rate = customers lost in the period / customers at its start (issue 14), as a percentage;
 * null when there were no customers at the start (the rate is undefined, not 0).
 */
export function churnRate(lost: number, customersAtStart: number): string | null {
  return percentOf(lost, customersAtStart);
}
