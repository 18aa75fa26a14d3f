/** A span of days, both ends included, as ISO dates. */
export interface DaySpan {
  from: string;
  to: string;
}

/**
 * A period cut where monthly roll-ups can answer: `months` runs from the first day of its first
 * whole calendar month to the first day of its last (null when the period holds none), `edges` are
 * the days before and after them, which only the deals themselves can answer.
 */
export interface MonthSplit {
  months: DaySpan | null;
  edges: DaySpan[];
}

const dateOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => isoOf(new Date(dateOf(iso).getTime() + days * 86_400_000));
const firstOfMonth = (iso: string) => `${iso.slice(0, 7)}-01`;
const addMonths = (iso: string, months: number) => {
  const date = dateOf(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoOf(date);
};

/** Splits `from`..`to` (inclusive, from ≤ to) into its whole calendar months and the partial edges. */
export function splitAtWholeMonths(from: string, to: string): MonthSplit {
  const firstWhole = from === firstOfMonth(from) ? from : addMonths(firstOfMonth(from), 1);
  // The month after the last whole one: `to`'s month when `to` is not its last day.
  const afterLastWhole = firstOfMonth(addDays(to, 1));
  if (firstWhole >= afterLastWhole) return { months: null, edges: [{ from, to }] };
  const edges: DaySpan[] = [];
  if (from < firstWhole) edges.push({ from, to: addDays(firstWhole, -1) });
  if (afterLastWhole <= to) edges.push({ from: afterLastWhole, to });
  return { months: { from: firstWhole, to: addMonths(afterLastWhole, -1) }, edges };
}

/** Every day of a span, in order. */
export function daysOf(span: DaySpan): string[] {
  const days: string[] = [];
  for (let day = span.from; day <= span.to; day = addDays(day, 1)) days.push(day);
  return days;
}
