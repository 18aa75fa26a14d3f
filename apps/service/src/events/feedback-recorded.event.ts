import { buildEvent, type EventOrigin } from '@crm/events';
import type { Feedback } from '../data/feedback.entity';

/** feedback.recorded, without the text (see the catalogue entry). */
export const feedbackRecorded = (feedback: Feedback, origin: EventOrigin) =>
  buildEvent('crm.service.feedback.recorded', {
    subject: feedback.id,
    ...origin,
    data: {
      feedbackId: feedback.id,
      customerId: feedback.customerId,
      contactId: feedback.contactId,
      ticketId: feedback.ticketId,
      category: feedback.category,
      receivedAt: feedback.receivedAt.toISOString(),
      recordedBy: origin.actor,
    },
  });
