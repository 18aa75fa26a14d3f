import { badUserInput, refuseNul } from '@crm/errors';
import { FOLLOW_UP_TYPES, type FollowUpType } from './lead-score';

export interface NewLeadFollowUp {
  type: FollowUpType;
  note: string | null;
  at: Date;
}

/** Clocks drift: a touch logged a little "in the future" is still accepted. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function parseNewLeadFollowUp(
  input: { type: string; note?: string | null; at?: Date | string | null },
  now: Date,
  path = 'input',
): NewLeadFollowUp {
  if (!(FOLLOW_UP_TYPES as readonly string[]).includes(input.type))
    throw badUserInput(`${path}.type`, `must be one of ${FOLLOW_UP_TYPES.join(', ')} (got ${input.type})`);
  const note = refuseNul(`${path}.note`, input.note ?? '').trim() || null;
  if (note && note.length > 2000) throw badUserInput(`${path}.note`, 'must be at most 2000 characters');
  const at = input.at ? new Date(input.at) : now;
  if (Number.isNaN(at.getTime())) throw badUserInput(`${path}.at`, 'must be an ISO-8601 date-time');
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw badUserInput(`${path}.at`, `must not be in the future (got ${at.toISOString()})`);
  return { type: input.type as FollowUpType, note, at };
}
