/** What a customer's feedback is; complaints are tickets of category COMPLAINT, not feedback. */
export const FEEDBACK_CATEGORIES = ['SUGGESTION', 'PRAISE'] as const;

export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];
