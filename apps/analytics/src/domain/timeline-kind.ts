/**
 * What a timeline entry records. The label is also the entry's whole title once the customer is
 * erased: it says what happened without anything personal.
 */
export const TIMELINE_KIND_LABELS = {
  CUSTOMER_CREATED: 'Customer created',
  CUSTOMER_MERGED: 'Duplicates merged into this customer',
  LIFECYCLE_CHANGED: 'Lifecycle stage changed',
  INTERACTION: 'Interaction',
  OPPORTUNITY_CREATED: 'Opportunity opened',
  OPPORTUNITY_WON: 'Opportunity won',
  OPPORTUNITY_LOST: 'Opportunity lost',
  ORDER_PLACED: 'Order placed',
  PAYMENT_RECEIVED: 'Payment received',
} as const;

export type TimelineKind = keyof typeof TIMELINE_KIND_LABELS;

export const TIMELINE_KINDS = Object.keys(TIMELINE_KIND_LABELS) as TimelineKind[];
