import { buildEvent, type EventOrigin } from '@crm/events';

export interface LeadAssignment {
  leadId: string;
  ownerId: string;
  previousOwnerId: string | null;
  /** Null when assigned by hand. */
  ruleId: string | null;
  at: Date;
}

export function leadAssigned(assignment: LeadAssignment, origin: EventOrigin) {
  return buildEvent('crm.sales.lead.assigned', {
    subject: assignment.leadId,
    ...origin,
    data: {
      leadId: assignment.leadId,
      ownerId: assignment.ownerId,
      previousOwnerId: assignment.previousOwnerId,
      ruleId: assignment.ruleId,
      assignedAt: assignment.at.toISOString(),
    },
  });
}
