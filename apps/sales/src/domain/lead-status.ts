import { badUserInput, conflict, refuseNul } from '@crm/errors';

/** DESIGN §3: NEW → CONTACTED → QUALIFIED → CONVERTED, or DISQUALIFIED (with a reason) on the way. */
export const LEAD_STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

const NEXT_STATUSES: Record<LeadStatus, readonly LeadStatus[]> = {
  NEW: ['CONTACTED', 'DISQUALIFIED'],
  CONTACTED: ['QUALIFIED', 'DISQUALIFIED'],
  QUALIFIED: ['CONVERTED', 'DISQUALIFIED'],
  CONVERTED: [],
  DISQUALIFIED: [],
};

export function canMoveLead(from: LeadStatus, to: LeadStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/**
 * The status a lead moves to, or why not: asking for the status it already has is CONFLICT (a
 * second convert of the same lead, a double click), any other illegal jump is BAD_USER_INPUT.
 */
export function moveLead(from: LeadStatus, to: LeadStatus, field = 'id'): LeadStatus {
  if (from === to) throw conflict(`The lead is already ${to}`);
  if (!canMoveLead(from, to)) {
    const allowed = NEXT_STATUSES[from];
    throw badUserInput(
      field,
      `a ${from} lead cannot become ${to}; ${allowed.length ? `it may become ${allowed.join(' or ')}` : 'it is closed'}`,
    );
  }
  return to;
}

/** The first follow-up of a new lead means it was contacted; later ones leave the status alone. */
export function statusAfterFollowUp(status: LeadStatus): LeadStatus {
  return status === 'NEW' ? 'CONTACTED' : status;
}

export function isClosedLead(status: LeadStatus): boolean {
  return NEXT_STATUSES[status].length === 0;
}

/** A converted or disqualified lead is history: it is no longer edited, reassigned or followed up. */
export function assertOpenLead(status: LeadStatus, what: string, field = 'id'): void {
  if (isClosedLead(status)) throw badUserInput(field, `a ${status} lead cannot be ${what}`);
}

/** Follow-ups of a closed lead belong on the customer it became (or nowhere). */
export function assertFollowUpAllowed(status: LeadStatus, field = 'leadId'): void {
  if (isClosedLead(status))
    throw badUserInput(field, `a ${status} lead takes no more follow-ups; log them on the customer`);
}

/** Why a lead was disqualified: required, at most 500 characters. */
export function parseDisqualificationReason(reason: string, field = 'reason'): string {
  const text = refuseNul(field, reason).trim();
  if (text.length < 1 || text.length > 500) throw badUserInput(field, 'must be 1 to 500 characters');
  return text;
}
