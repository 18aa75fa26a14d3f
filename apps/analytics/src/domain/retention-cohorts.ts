import { percentOf } from './report-percent';

/** A customer who bought in a month (YYYY-MM-01). */
export interface PurchaseMonth {
  customerId: string;
  month: string;
}

export interface CohortCount {
  cohort: string;
  monthOffset: number;
  customers: number;
}

export interface RetentionCohort {
  cohort: string;
  customers: number;
  months: { monthOffset: number; customers: number; retention: string }[];
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * Customers per (first-purchase month, months since) from the months each customer bought in: the
 * counting the report does in SQL, spelt out for its tests.
 */
export function countCohorts(purchases: PurchaseMonth[]): CohortCount[] {
  const first = new Map<string, string>();
  for (const { customerId, month } of purchases) {
    const known = first.get(customerId);
    if (!known || month < known) first.set(customerId, month);
  }
  const counts = new Map<string, CohortCount>();
  const seen = new Set<string>();
  for (const { customerId, month } of purchases) {
    const cohort = first.get(customerId) as string;
    const monthOffset = monthIndex(month) - monthIndex(cohort);
    const key = `${cohort}/${monthOffset}`;
    if (seen.has(`${key}/${customerId}`)) continue;
    seen.add(`${key}/${customerId}`);
    const count = counts.get(key) ?? { cohort, monthOffset, customers: 0 };
    count.customers += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort(
    (a, b) => a.cohort.localeCompare(b.cohort) || a.monthOffset - b.monthOffset,
  );
}

/**
 * Retention per cohort: month 0 is the cohort's size (everyone bought then); month k the share of
 * it that bought again k months later, up to `lastMonth` (months with nobody show 0 %).
 */
export function retentionCohorts(counts: CohortCount[], lastMonth: string): RetentionCohort[] {
  const cohorts = [...new Set(counts.map((count) => count.cohort))].sort();
  return cohorts.map((cohort) => {
    const of = counts.filter((count) => count.cohort === cohort);
    const size = of.find((count) => count.monthOffset === 0)?.customers ?? 0;
    const span = Math.max(0, monthIndex(lastMonth) - monthIndex(cohort));
    const months = Array.from({ length: span + 1 }, (_, monthOffset) => {
      const customers = of.find((count) => count.monthOffset === monthOffset)?.customers ?? 0;
      return { monthOffset, customers, retention: percentOf(customers, size) ?? '0.00' };
    });
    return { cohort, customers: size, months };
  });
}
