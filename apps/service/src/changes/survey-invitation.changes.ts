import { newId } from '@crm/db';
import type { Clock } from '@crm/scheduler';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { SurveyInvitation } from '../data/survey-invitation.entity';
import { findInvitationOfResolution } from '../data/survey-invitation.repository';
import type { Survey } from '../data/survey.entity';
import { findSurveyForQueue } from '../data/survey.repository';
import { Ticket } from '../data/ticket.entity';
import { invitationExpiry, invitationTokenHash, newInvitationToken } from '../domain/survey-invitation';
import { surveySent } from '../events/survey-sent.event';

/** What ticket.resolved tells of the resolution the survey asks about. */
export interface Resolution {
  ticketId: string;
  customerId: string;
  queueId: string | null;
  assigneeId: string | null;
  resolvedAt: Date;
}

export interface InvitationSettings {
  clock: Clock;
  ttlDays: number;
}

/** A recorded invitation and what its mail needs: the token exists only here, never in the database. */
export interface NewInvitation {
  invitation: SurveyInvitation;
  token: string;
  survey: Survey;
  ticket: Ticket;
  /** Where the mail goes: the ticket's requester. */
  to: string;
}

/**
 * Invites the requester of a resolved ticket to the queue's survey (or the default one): records
 * the invitation with the hash of a new token and publishes survey.sent. Nothing when the
 * resolution was invited already, the ticket has no requester address or no survey is active.
 */
export function inviteToSurvey(
  scope: ChangeScope,
  resolution: Resolution,
  { clock, ttlDays }: InvitationSettings,
): Promise<NewInvitation | null> {
  return runChange(scope, async (change) => {
    const { manager } = change;
    if (await findInvitationOfResolution(manager, resolution.ticketId, resolution.resolvedAt)) return null;
    const ticket = await manager.findOneBy(Ticket, { id: resolution.ticketId });
    const survey = await findSurveyForQueue(manager, resolution.queueId);
    if (!ticket?.requesterEmail || !survey) return null;
    const token = newInvitationToken();
    const sentAt = clock.now();
    const invitation = Object.assign(new SurveyInvitation(), {
      id: newId(),
      surveyId: survey.id,
      ticketId: ticket.id,
      ticketResolvedAt: resolution.resolvedAt,
      customerId: resolution.customerId,
      queueId: resolution.queueId,
      assigneeId: resolution.assigneeId,
      tokenHash: invitationTokenHash(token),
      sentAt,
      expiresAt: invitationExpiry(sentAt, ttlDays),
      answeredAt: null,
      revokedAt: null,
      version: 1,
    } satisfies SurveyInvitation);
    await change.insert(SurveyInvitation, invitation, {
      action: 'inviteToSurvey',
      // The audit trail must not keep the secret's hash either.
      shown: { ...invitation, tokenHash: undefined },
    });
    change.publish(surveySent(invitation, change.origin));
    return { invitation, token, survey, ticket, to: ticket.requesterEmail };
  });
}
