import type { EntityManager } from 'typeorm';
import { SurveyInvitation } from './survey-invitation.entity';

/** The invitation whose mail held the token with this hash, locked: two answers cannot both win. */
export function lockInvitationByTokenHash(
  manager: EntityManager,
  tokenHash: string,
): Promise<SurveyInvitation | null> {
  return manager.findOne(SurveyInvitation, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
}

export function findInvitationOfResolution(
  manager: EntityManager,
  ticketId: string,
  ticketResolvedAt: Date,
): Promise<SurveyInvitation | null> {
  return manager.findOneBy(SurveyInvitation, { ticketId, ticketResolvedAt });
}

export function lockInvitationsOfCustomer(
  manager: EntityManager,
  customerId: string,
): Promise<SurveyInvitation[]> {
  return manager.find(SurveyInvitation, {
    where: { customerId },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Invitations still filed under customers merged into `survivorId`, locked for the change. */
export function lockInvitationsOfCustomersMergedInto(
  manager: EntityManager,
  survivorId: string,
): Promise<SurveyInvitation[]> {
  return manager
    .getRepository(SurveyInvitation)
    .createQueryBuilder('invitation')
    .where('invitation.customer_id IN (SELECT id FROM known_customers WHERE merged_into_id = :survivorId)', {
      survivorId,
    })
    .orderBy('invitation.id')
    .setLock('pessimistic_write')
    .getMany();
}
