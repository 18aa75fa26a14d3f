/** What an erased customer's feedback says instead of what they said. */
export const ERASED_FEEDBACK_BODY = '[erased]';

/**
 * GDPR Art. 17 (customer.erased): the feedback's text is by or about the person, so it goes; the
 * row stays (category and date keep the reports whole). Null: already erased.
 */
export function erasedFeedback(feedback: { erasedAt: Date | null }, erasedAt: Date) {
  if (feedback.erasedAt) return null;
  return { body: ERASED_FEEDBACK_BODY, erasedAt };
}
