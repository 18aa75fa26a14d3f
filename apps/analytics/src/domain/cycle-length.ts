const DAY_MS = 86_400_000;

/** Days from a deal's creation to its win, fractional (a deal won the next hour counts 1/24). */
export function cycleDays(createdAt: Date, wonAt: Date): number {
  return (wonAt.getTime() - createdAt.getTime()) / DAY_MS;
}

/** Average sales cycle (created → won) in days, to two decimals; null without won deals. */
export function averageCycleDays(totalDays: number, wonDeals: number): number | null {
  return wonDeals === 0 ? null : Math.round((totalDays / wonDeals) * 100) / 100;
}
