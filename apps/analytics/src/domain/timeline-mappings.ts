import { formatAmount } from '@crm/db';
import type { CloudEventOf, EventType, InteractionFields } from '@crm/events';
import type { Permission } from '@crm/permissions';
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

type References = Pick<TimelineEntryDraft, 'interactionId' | 'opportunityId' | 'orderId' | 'paymentId'>;

const NO_REFERENCES: References = {
  interactionId: null,
  opportunityId: null,
  orderId: null,
  paymentId: null,
};

/** What one event says about its entry; the kind and the id come from the table and the event. */
interface EntryFields {
  customerId: string;
  occurredAt: string;
  title: string;
  summary?: string | null;
  references?: Partial<References>;
  /** When later events of the record replace the entry (interactions): the record's id and version. */
  record?: { id: string; revision: number };
}

/**
 * One row of the timeline table: the kind an event makes, the grant that reads the entry's record
 * (the record's own, as its service checks it), the record's owner for record scope (none: the
 * entry is about the customer itself, whose owner is checked for the whole timeline), and the entry.
 */
interface TimelineMapping<T extends EventType> {
  kind: TimelineKind;
  readWith: Permission;
  ownerOf?: (event: CloudEventOf<T>) => string | null;
  entry: (event: CloudEventOf<T>) => EntryFields;
}

/** Entries about the customer itself, and its interactions, which are as visible as their customer. */
export const CUSTOMER_RECORD: Permission = 'customer:read';

const money = (amount: string, currency: string) => `${formatAmount(amount, currency)} ${currency}`;

const CHANNELS: Record<InteractionFields['type'], string> = {
  CALL: 'call',
  EMAIL: 'email',
  MEETING: 'meeting',
  VISIT: 'visit',
  SOCIAL_MESSAGE: 'social message',
};

/** "Outbound call, 25 min": an interaction is one entry, which its corrections replace. */
function interactionEntry({ data }: { data: InteractionFields }): EntryFields {
  const direction = data.direction === 'INBOUND' ? 'Inbound' : 'Outbound';
  const length = data.durationMinutes === null ? '' : `, ${data.durationMinutes} min`;
  return {
    customerId: data.customerId,
    occurredAt: data.occurredAt,
    title: `${direction} ${CHANNELS[data.type]}${length}`,
    summary: data.summary,
    references: { interactionId: data.interactionId },
    record: { id: data.interactionId, revision: data.version },
  };
}

const ownerInEvent = (event: { data: { ownerId: string | null } }) => event.data.ownerId;

/**
 * Which events make a timeline entry, and how. Adding a kind: a label in TIMELINE_KIND_LABELS and
 * one row here (the handler subscribes to every type listed, Customer.timeline filters by readWith).
 * A payment has no owner of its own: it is its order's (sales checks payments with order:read on
 * the order's owner), so its entry takes the owner of the order's entry.
 */
export const TIMELINE_MAPPINGS: { [T in EventType]?: TimelineMapping<T> } = {
  'crm.customer.customer.created': {
    kind: 'CUSTOMER_CREATED',
    readWith: CUSTOMER_RECORD,
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.createdAt,
      title: `Customer created: ${data.name}`,
    }),
  },
  'crm.customer.customer.merged': {
    kind: 'CUSTOMER_MERGED',
    readWith: CUSTOMER_RECORD,
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.mergedAt,
      title: `Merged ${data.mergedCustomerIds.length} duplicate(s) into this customer`,
    }),
  },
  'crm.customer.customer.lifecycle_changed': {
    kind: 'LIFECYCLE_CHANGED',
    readWith: CUSTOMER_RECORD,
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.changedAt,
      title: `Lifecycle: ${data.from} → ${data.to}`,
      summary: data.reason,
    }),
  },
  'crm.customer.interaction.logged': {
    kind: 'INTERACTION',
    readWith: CUSTOMER_RECORD,
    entry: interactionEntry,
  },
  'crm.customer.interaction.updated': {
    kind: 'INTERACTION',
    readWith: CUSTOMER_RECORD,
    entry: interactionEntry,
  },
  'crm.sales.opportunity.created': {
    kind: 'OPPORTUNITY_CREATED',
    readWith: 'opportunity:read',
    ownerOf: ownerInEvent,
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.createdAt,
      title: `Opportunity opened: ${data.name}`,
      summary: `${money(data.amount, data.currency)}, ${data.stage}`,
      references: { opportunityId: data.opportunityId },
    }),
  },
  'crm.sales.opportunity.won': {
    kind: 'OPPORTUNITY_WON',
    readWith: 'opportunity:read',
    ownerOf: ownerInEvent,
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.closedAt,
      title: `Opportunity won: ${data.name}`,
      summary: data.reason,
      references: { opportunityId: data.opportunityId },
    }),
  },
  'crm.sales.opportunity.lost': {
    kind: 'OPPORTUNITY_LOST',
    readWith: 'opportunity:read',
    ownerOf: ownerInEvent,
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.closedAt,
      title: `Opportunity lost: ${data.name}`,
      summary: data.reason,
      references: { opportunityId: data.opportunityId },
    }),
  },
  'crm.sales.order.placed': {
    kind: 'ORDER_PLACED',
    readWith: 'order:read',
    ownerOf: ownerInEvent,
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.placedAt,
      title: `Order placed: ${money(data.total, data.currency)}`,
      references: { orderId: data.orderId, opportunityId: data.opportunityId },
    }),
  },
  'crm.sales.payment.received': {
    kind: 'PAYMENT_RECEIVED',
    readWith: 'order:read',
    // No ownerOf: the entry takes its order's owner once analytics knows the order.
    entry: ({ data }) => ({
      customerId: data.customerId,
      occurredAt: data.receivedAt,
      title: `Payment received: ${money(data.amount, data.currency)}`,
      summary: `Outstanding on the order: ${money(data.outstandingBalance, data.currency)}`,
      references: { orderId: data.orderId, paymentId: data.paymentId },
    }),
  },
};

const mappingOf = (event: CloudEventOf<EventType>) =>
  TIMELINE_MAPPINGS[event.type] as TimelineMapping<EventType> | undefined;

/** The entry an event makes, or null for an event the timeline does not show. */
export function timelineEntryOf(event: CloudEventOf<EventType>): TimelineEntryDraft | null {
  const mapping = mappingOf(event);
  if (!mapping) return null;
  const fields = mapping.entry(event);
  return {
    id: fields.record?.id ?? event.id,
    customerId: fields.customerId,
    kind: mapping.kind,
    occurredAt: new Date(fields.occurredAt),
    title: fields.title,
    summary: fields.summary ?? null,
    ...NO_REFERENCES,
    ...fields.references,
    revision: fields.record?.revision ?? 1,
  };
}

/** The owner of the entry's record, for record scope; null when the event names none. */
export function timelineOwnerOf(event: CloudEventOf<EventType>): string | null {
  return mappingOf(event)?.ownerOf?.(event) ?? null;
}

/** The grant that reads each kind's entries, from the table (every row of a kind agrees). */
export const TIMELINE_KIND_GRANTS = Object.fromEntries(
  Object.values(TIMELINE_MAPPINGS).map((mapping) => [mapping.kind, mapping.readWith]),
) as Record<TimelineKind, Permission>;
