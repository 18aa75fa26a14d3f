import { badUserInput } from '@crm/errors';

/**
 * How far a campaign member got (issue 13 §1), in order. A member only moves forward, possibly
 * skipping steps (a phone call's answer is a response without an email being opened).
 */
export const MEMBER_STATUSES = [
  'TARGETED',
  'SENT',
  'DELIVERED',
  'OPENED',
  'CLICKED',
  'RESPONDED',
  'CONVERTED',
] as const;

export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const INITIAL_MEMBER_STATUS: MemberStatus = 'TARGETED';

const rank = (status: MemberStatus) => MEMBER_STATUSES.indexOf(status);

export function canMoveMember(from: MemberStatus, to: MemberStatus): boolean {
  return rank(to) > rank(from);
}

/** Refuses a move backwards or in place, naming the statuses still ahead. */
export function assertMemberMove(from: MemberStatus, to: MemberStatus, field: string): void {
  if (canMoveMember(from, to)) return;
  const ahead = MEMBER_STATUSES.slice(rank(from) + 1);
  const options = ahead.length > 0 ? `from ${from} it can go to ${ahead.join(', ')}` : `${from} is final`;
  throw badUserInput(field, `a member only moves forward, not from ${from} to ${to}; ${options}`);
}

/** A response moves a member to RESPONDED unless it is there or further already. */
export function statusAfterResponse(current: MemberStatus): MemberStatus {
  return canMoveMember(current, 'RESPONDED') ? 'RESPONDED' : current;
}
