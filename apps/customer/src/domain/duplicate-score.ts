/**
 * How likely two customers are the same one (issue 4 item 6). Each piece of evidence is a
 * probability that the pair is a duplicate; independent evidence combines as 1 − Π(1 − p), so two
 * weak signals together outrank one of them alone and the score never exceeds 1.
 */
export type DuplicateReason = 'EMAIL' | 'PHONE' | 'NAME';

export interface DuplicateEvidence {
  sameEmail: boolean;
  samePhone: boolean;
  /** pg_trgm similarity of the two names, 0–1. */
  nameSimilarity: number;
}

export interface DuplicateScore {
  /** 0–1, rounded to 3 decimals. */
  score: number;
  /** Strongest evidence first. */
  reasons: DuplicateReason[];
}

/** Below this trigram similarity two names do not count as similar ("Acme Corp" ~ "ACME Corp." ≈ 0.7). */
export const NAME_SIMILARITY_THRESHOLD = 0.6;

/** A pair scoring below this is not reported as a likely duplicate. */
export const LIKELY_DUPLICATE_SCORE = 0.5;

const EMAIL_WEIGHT = 0.9;
const PHONE_WEIGHT = 0.8;
/** Similar names alone are weaker evidence: many companies share a name, fewer an email. */
const NAME_WEIGHT = 0.85;

export function scoreDuplicate(evidence: DuplicateEvidence): DuplicateScore {
  const similarity = Math.min(Math.max(evidence.nameSimilarity, 0), 1);
  const signals: [DuplicateReason, number][] = [];
  if (evidence.sameEmail) signals.push(['EMAIL', EMAIL_WEIGHT]);
  if (evidence.samePhone) signals.push(['PHONE', PHONE_WEIGHT]);
  if (similarity >= NAME_SIMILARITY_THRESHOLD) signals.push(['NAME', NAME_WEIGHT * similarity]);
  const unlikely = signals.reduce((product, [, p]) => product * (1 - p), 1);
  return {
    score: Math.round((1 - unlikely) * 1000) / 1000,
    reasons: signals.sort((a, b) => b[1] - a[1]).map(([reason]) => reason),
  };
}

export function isLikelyDuplicate(score: DuplicateScore): boolean {
  return score.score >= LIKELY_DUPLICATE_SCORE;
}
