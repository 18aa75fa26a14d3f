export const SATISFACTION_TRENDS = ['IMPROVING', 'STEADY', 'DECLINING', 'NOT_ENOUGH_DATA'] as const;
export type SatisfactionTrend = (typeof SATISFACTION_TRENDS)[number];

/** How many earlier answers the latest one is compared with. */
export const TREND_WINDOW = 3;

/** A whole point on the answer's own scale (1–5 or 0–10): less is noise in a customer's mood. */
const MEANINGFUL_CHANGE = 1;

/**
 * Where a customer's satisfaction is heading: the latest score against the mean of the up to
 * three answers before it. `scores` are newest first; one answer alone shows no trend.
 */
export function satisfactionTrend(scores: number[]): SatisfactionTrend {
  const [latest, ...earlier] = scores;
  const previous = earlier.slice(0, TREND_WINDOW);
  if (latest === undefined || previous.length === 0) return 'NOT_ENOUGH_DATA';
  const change = latest - previous.reduce((sum, score) => sum + score, 0) / previous.length;
  if (change >= MEANINGFUL_CHANGE) return 'IMPROVING';
  if (change <= -MEANINGFUL_CHANGE) return 'DECLINING';
  return 'STEADY';
}
