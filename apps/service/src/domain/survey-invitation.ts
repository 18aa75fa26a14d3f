import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation's link works unless SURVEY_INVITATION_TTL_DAYS says otherwise. */
export const DEFAULT_INVITATION_TTL_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new invitation's secret: 32 random bytes (256 bits, far beyond guessing), base64url so it fits
 * a link. Only its hash is stored: a leaked table opens no survey.
 */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 suffices for a random 256-bit secret (no dictionary to slow down, unlike passwords). */
export function invitationTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export function invitationExpiry(sentAt: Date, ttlDays: number): Date {
  return new Date(sentAt.getTime() + ttlDays * DAY_MS);
}

/** Why an invitation takes no answer now: answered already, withdrawn, or expired; null: it does. */
export type InvitationRefusal = 'ALREADY_ANSWERED' | 'WITHDRAWN' | 'EXPIRED';

export function invitationRefusal(
  invitation: { answeredAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationRefusal | null {
  if (invitation.answeredAt) return 'ALREADY_ANSWERED';
  if (invitation.revokedAt) return 'WITHDRAWN';
  return now >= invitation.expiresAt ? 'EXPIRED' : null;
}

/** The expiry setting from the environment; a bad value stops the service naming the variable. */
export function invitationTtlDays(env: NodeJS.ProcessEnv): number {
  const raw = env.SURVEY_INVITATION_TTL_DAYS?.trim();
  if (!raw) return DEFAULT_INVITATION_TTL_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new Error(
      `SURVEY_INVITATION_TTL_DAYS: must be a whole number of days from 1 to 365 (got "${raw}")`,
    );
  return days;
}
