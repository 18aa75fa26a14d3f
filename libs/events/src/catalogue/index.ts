import type { CloudEvent } from '../cloud-event';
import type { EventDefinition } from '../event-definition';
import { customerCreated } from './customer-created.event';
import { opportunityCreated } from './opportunity-created.event';
import { auditRecorded } from './audit-recorded.event';
import { customerMerged } from './customer-merged.event';
import { customerErased } from './customer-erased.event';
import { leadConverted } from './lead-converted.event';
import { orderPlaced } from './order-placed.event';
import { paymentReceived } from './payment-received.event';

// Analytics has no mutations: it only reads events, so it records no audit.
const audits = {
  identity: auditRecorded('identity'),
  customer: auditRecorded('customer'),
  sales: auditRecorded('sales'),
  service: auditRecorded('service'),
  marketing: auditRecorded('marketing'),
};

/** Every event type the platform publishes, by type name. Add a type: one file here, one line below. */
export const EVENT_CATALOGUE = {
  [customerCreated.type]: customerCreated,
  [opportunityCreated.type]: opportunityCreated,
  [customerMerged.type]: customerMerged,
  [customerErased.type]: customerErased,
  [leadConverted.type]: leadConverted,
  [orderPlaced.type]: orderPlaced,
  [paymentReceived.type]: paymentReceived,
  [audits.identity.type]: audits.identity,
  [audits.customer.type]: audits.customer,
  [audits.sales.type]: audits.sales,
  [audits.service.type]: audits.service,
  [audits.marketing.type]: audits.marketing,
} as const;

export type EventType = keyof typeof EVENT_CATALOGUE;

type PayloadOf<TDefinition> = TDefinition extends EventDefinition<string, infer TPayload> ? TPayload : never;

export type EventPayload<T extends EventType> = PayloadOf<(typeof EVENT_CATALOGUE)[T]>;

export type CloudEventOf<T extends EventType> = CloudEvent<T, EventPayload<T>>;

/** Any catalogue event; `switch (event.type)` narrows `data`. */
export type AnyCloudEvent = { [T in EventType]: CloudEventOf<T> }[EventType];

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_CATALOGUE, type);
}

/** The aggregate id inside an event's data: what its subject and Kafka key must be. */
export function aggregateIdOf(type: EventType, data: object): unknown {
  return (data as Record<string, unknown>)[EVENT_CATALOGUE[type].aggregateIdField];
}
