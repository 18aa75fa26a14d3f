import { businessSpansFrom, type BusinessCalendar, type Span } from './business-calendar';

/** A span the SLA clock stands still (waiting on the customer); `end` null: still paused. */
export interface Pause {
  start: number;
  end: number | null;
}

/** `span` minus the pauses, as the pieces that remain. */
export function withoutPauses(span: Span, pauses: Pause[]): Span[] {
  let pieces = [span];
  for (const pause of pauses) {
    const pauseEnd = pause.end ?? Infinity;
    pieces = pieces.flatMap((piece) => {
      if (pauseEnd <= piece.start || pause.start >= piece.end) return [piece];
      const kept: Span[] = [];
      if (pause.start > piece.start) kept.push({ start: piece.start, end: pause.start });
      if (pauseEnd < piece.end) kept.push({ start: pauseEnd, end: piece.end });
      return kept;
    });
  }
  return pieces;
}

/** Business milliseconds between `from` and `to`, pauses excluded. */
export function businessTimeBetween(
  calendar: BusinessCalendar,
  from: number,
  to: number,
  pauses: Pause[],
): number {
  let total = 0;
  for (const span of businessSpansFrom(calendar, from)) {
    if (span.start >= to) break;
    const clipped = { start: Math.max(span.start, from), end: Math.min(span.end, to) };
    for (const piece of withoutPauses(clipped, pauses)) total += piece.end - piece.start;
  }
  return total;
}

/**
 * The instant when `amount` business milliseconds have passed since `from`, pauses excluded; null
 * when the clock is still paused before that (nobody knows yet when it resumes).
 */
export function addBusinessTime(
  calendar: BusinessCalendar,
  from: number,
  amount: number,
  pauses: Pause[],
): number | null {
  const openPause = pauses.find((pause) => pause.end === null);
  let left = amount;
  if (left <= 0) return from;
  for (const span of businessSpansFrom(calendar, from)) {
    const clipped = { start: Math.max(span.start, from), end: span.end };
    for (const piece of withoutPauses(clipped, pauses)) {
      const length = piece.end - piece.start;
      if (length >= left) return piece.start + left;
      left -= length;
    }
    // Past the start of a pause still running, no time counts any more.
    if (openPause && span.end > openPause.start) return null;
  }
  throw new Error('the business calendar has no working hours within ten years');
}
