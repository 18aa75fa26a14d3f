import { formatAmount } from '@crm/db';
import type { CloudEventOf, EventType, InteractionFields } from '@crm/events';
import type { TimelineKind } from './timeline-kind';

/** A timeline entry as an event describes it, before it is stored. */
export interface TimelineEntryDraft {
  /** The event's id; the record's id when later events of the record replace the entry. */
  id: string;
  customerId: string;
  kind: TimelineKind;
  occurredAt: Date;
  title: string;
  summary: string | null;
  interactionId: string | null;
  opportunityId: string | null;
  orderId: string | null;
  paymentId: string | null;
  /** The record's version: a late, older event does not overwrite a newer entry. */
  revision: number;
}

type Mapping<T extends EventType> = (event: CloudEventOf<T>) => TimelineEntryDraft;

type References = Pick<TimelineEntryDraft, 'interactionId' | 'opportunityId' | 'orderId' | 'paymentId'>;

const NO_REFERENCES: References = {
  interactionId: null,
  opportunityId: null,
  orderId: null,
  paymentId: null,
};

function entry(
  event: { id: string },
  customerId: string,
  kind: TimelineKind,
  occurredAt: string,
  title: string,
  summary: string | null = null,
  references: Partial<References> = {},
): TimelineEntryDraft {
  const when = new Date(occurredAt);
  return {
    id: event.id,
    customerId,
    kind,
    occurredAt: when,
    title,
    summary,
    ...NO_REFERENCES,
    ...references,
    revision: 1,
  };
}

const money = (amount: string, currency: string) => `${formatAmount(amount, currency)} ${currency}`;

const CHANNELS: Record<InteractionFields['type'], string> = {
  CALL: 'call',
  EMAIL: 'email',
  MEETING: 'meeting',
  VISIT: 'visit',
  SOCIAL_MESSAGE: 'social message',
};

/** "Outbound call, 25 min": an interaction is one entry, which its corrections replace. */
function interactionEntry({ id, data }: { id: string; data: InteractionFields }): TimelineEntryDraft {
  const direction = data.direction === 'INBOUND' ? 'Inbound' : 'Outbound';
  const length = data.durationMinutes === null ? '' : `, ${data.durationMinutes} min`;
  const title = `${direction} ${CHANNELS[data.type]}${length}`;
  return {
    ...entry({ id }, data.customerId, 'INTERACTION', data.occurredAt, title, data.summary, {
      interactionId: data.interactionId,
    }),
    id: data.interactionId,
    revision: data.version,
  };
}

/**
 * Which events make a timeline entry, and how. Adding a kind: a label in TIMELINE_KIND_LABELS and
 * one line here (the handler subscribes to every type listed).
 */
export const TIMELINE_MAPPINGS: { [T in EventType]?: Mapping<T> } = {
  'crm.customer.customer.created': (e) =>
    entry(e, e.data.customerId, 'CUSTOMER_CREATED', e.data.createdAt, `Customer created: ${e.data.name}`),
  'crm.customer.customer.merged': (e) =>
    entry(
      e,
      e.data.customerId,
      'CUSTOMER_MERGED',
      e.data.mergedAt,
      `Merged ${e.data.mergedCustomerIds.length} duplicate(s) into this customer`,
    ),
  'crm.customer.customer.lifecycle_changed': (e) =>
    entry(
      e,
      e.data.customerId,
      'LIFECYCLE_CHANGED',
      e.data.changedAt,
      `Lifecycle: ${e.data.from} → ${e.data.to}`,
      e.data.reason,
    ),
  'crm.customer.interaction.logged': interactionEntry,
  'crm.customer.interaction.updated': interactionEntry,
  'crm.sales.opportunity.created': (e) =>
    entry(
      e,
      e.data.customerId,
      'OPPORTUNITY_CREATED',
      e.data.createdAt,
      `Opportunity opened: ${e.data.name}`,
      `${money(e.data.amount, e.data.currency)}, ${e.data.stage}`,
      { opportunityId: e.data.opportunityId },
    ),
  'crm.sales.opportunity.won': (e) =>
    entry(
      e,
      e.data.customerId,
      'OPPORTUNITY_WON',
      e.data.closedAt,
      `Opportunity won: ${e.data.name}`,
      e.data.reason,
      { opportunityId: e.data.opportunityId },
    ),
  'crm.sales.opportunity.lost': (e) =>
    entry(
      e,
      e.data.customerId,
      'OPPORTUNITY_LOST',
      e.data.closedAt,
      `Opportunity lost: ${e.data.name}`,
      e.data.reason,
      { opportunityId: e.data.opportunityId },
    ),
  'crm.sales.order.placed': (e) =>
    entry(
      e,
      e.data.customerId,
      'ORDER_PLACED',
      e.data.placedAt,
      `Order placed: ${money(e.data.total, e.data.currency)}`,
      null,
      { orderId: e.data.orderId, opportunityId: e.data.opportunityId },
    ),
  'crm.sales.payment.received': (e) =>
    entry(
      e,
      e.data.customerId,
      'PAYMENT_RECEIVED',
      e.data.receivedAt,
      `Payment received: ${money(e.data.amount, e.data.currency)}`,
      `Outstanding on the order: ${money(e.data.outstandingBalance, e.data.currency)}`,
      { orderId: e.data.orderId, paymentId: e.data.paymentId },
    ),
};

/** The entry an event makes, or null for an event the timeline does not show. */
export function timelineEntryOf(event: CloudEventOf<EventType>): TimelineEntryDraft | null {
  const mapping = TIMELINE_MAPPINGS[event.type] as Mapping<EventType> | undefined;
  return mapping ? mapping(event) : null;
}
