import { newId, updateWithVersion } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Feedback } from '../data/feedback.entity';
import { lockFeedbackOfCustomer, lockFeedbackOfCustomersMergedInto } from '../data/feedback.repository';
import { findKnownCustomer } from '../data/known-customer.repository';
import { Ticket } from '../data/ticket.entity';
import { erasedFeedback } from '../domain/feedback-erasure';
import type { NewFeedback } from '../domain/feedback-input';
import { assertTakesFeedback, assertTicketOfCustomer } from '../domain/feedback-references';
import { feedbackRecorded } from '../events/feedback-recorded.event';

/** Records a customer's feedback, recorded by the caller; a ticket named must be the customer's. */
export function recordFeedback(scope: ChangeScope, input: NewFeedback): Promise<Feedback> {
  return runChange(scope, async (change) => {
    const customer = await findKnownCustomer(change.manager, input.customerId);
    assertTakesFeedback(customer, input.customerId, 'input.customerId');
    if (input.ticketId) {
      const ticket = await change.manager.findOneBy(Ticket, { id: input.ticketId });
      assertTicketOfCustomer(ticket, input.ticketId, input.customerId, 'input.ticketId');
    }
    const now = new Date();
    const feedback = Object.assign(new Feedback(), {
      ...input,
      id: newId(),
      recordedBy: change.caller.userId,
      erasedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    // The audit trail (in analytics) would be a copy of the text that the customer's erasure cannot
    // reach: it shows that there is a text, the text itself stays here.
    const { body: _body, ...shown } = feedback;
    await change.insert(Feedback, feedback, { action: 'recordFeedback', shown });
    change.publish(feedbackRecorded(feedback, change.origin));
    return feedback;
  });
}

/** customer.merged: the feedback of every customer now merged into `survivorId` is filed under it. */
export function moveFeedbackToSurvivor(
  scope: ChangeScope,
  survivorId: string,
  mergedAt: Date,
): Promise<void> {
  return runChange(scope, async (change) => {
    for (const feedback of await lockFeedbackOfCustomersMergedInto(change.manager, survivorId))
      await change.update(
        Feedback,
        feedback,
        { customerId: survivorId, updatedAt: mergedAt },
        { action: 'moveFeedbackToSurvivor' },
      );
  });
}

/**
 * customer.erased: the text of the customer's feedback goes (GDPR Art. 17). The audit entry says
 * what was erased, not what it was: the trail must not keep the text.
 */
export function eraseFeedbackTextOf(scope: ChangeScope, customerId: string, erasedAt: Date): Promise<void> {
  return runChange(scope, async (change) => {
    for (const feedback of await lockFeedbackOfCustomer(change.manager, customerId)) {
      const erased = erasedFeedback(feedback, erasedAt);
      if (!erased) continue;
      await updateWithVersion(change.manager, Feedback, feedback.id, feedback.version, {
        ...erased,
        updatedAt: erasedAt,
      });
      change.audit({
        action: 'eraseFeedbackText',
        entityType: 'Feedback',
        entityId: feedback.id,
        before: {},
        after: erased,
      });
    }
  });
}
