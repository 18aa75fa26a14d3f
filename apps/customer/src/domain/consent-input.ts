import { z } from 'zod';
import { parseInput } from './parse-input';
import { CONSENT_CHANNELS } from './profile-vocabulary';

const consentSchema = z.object({
  customerId: z.uuid('must be a customer id (UUID)'),
  channel: z.enum(CONSENT_CHANNELS),
  granted: z.boolean(),
  source: z
    .string()
    .trim()
    .min(1, 'must say where the decision came from, e.g. WEB_FORM or "phone call 2026-11-02"')
    .max(200, 'must be at most 200 characters'),
});

export type ConsentDecision = z.output<typeof consentSchema>;

/** setConsent's arguments: one channel's decision and where it was given (proof of consent, GDPR Art. 7(1)). */
export function parseConsentDecision(args: unknown): ConsentDecision {
  return parseInput(consentSchema, args, '');
}
