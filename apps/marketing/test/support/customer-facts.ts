import { randomUUID } from 'node:crypto';
import { buildEvent, type AnyCloudEvent, type EventPayload, type EventType } from '@crm/events';

/**
 * Events of the customer, sales and service domains about one customer, as their producers build
 * them: the segment tests feed marketing's projection with them over Kafka.
 */
const ACTOR = '01950c80-0000-7000-8000-00000000a11c';

const event = <T extends EventType>(type: T, subject: string, data: EventPayload<T>): AnyCloudEvent =>
  buildEvent(type, { subject, actor: ACTOR, data }) as AnyCloudEvent;

export const at = (time: Date | number) => new Date(time).toISOString();

export function customerCreated(customerId: string, email: string | null, time: Date | number) {
  return event('crm.customer.customer.created', customerId, {
    customerId,
    kind: 'COMPANY',
    name: 'Segment test customer',
    email,
    phone: null,
    ownerId: null,
    lifecycleStage: 'CUSTOMER',
    createdAt: at(time),
  });
}

export function customerUpdated(
  customerId: string,
  values: { region?: string | null; industry?: string | null; tags?: string[] },
  time: Date | number,
) {
  const { tags: names, ...rest } = values;
  const tags = names?.map((name) => ({ id: randomUUID(), group: 'Segment', name }));
  const payload = { ...rest, ...(tags ? { tags } : {}) };
  return event('crm.customer.customer.updated', customerId, {
    customerId,
    changedFields: Object.keys(payload),
    values: payload,
    updatedAt: at(time),
  });
}

export function tierChanged(customerId: string, to: 'A' | 'B' | 'C' | 'D' | null, time: Date | number) {
  return event('crm.customer.customer.tier_changed', customerId, {
    customerId,
    from: null,
    to,
    reason: 'test',
    source: 'EVENT',
    actorId: 'system',
    causingEventId: null,
    revenue: '0',
    currency: 'EUR',
    orderCount: 0,
    changedAt: at(time),
  });
}

export function lifecycleChanged(customerId: string, to: 'CUSTOMER' | 'AT_RISK', time: Date | number) {
  return event('crm.customer.customer.lifecycle_changed', customerId, {
    customerId,
    from: 'CUSTOMER',
    to,
    reason: 'test',
    source: 'MANUAL',
    actorId: ACTOR,
    causingEventId: null,
    changedAt: at(time),
  });
}

export function consentChanged(customerId: string, granted: boolean, time: Date | number) {
  return event('crm.customer.customer.consent_changed', customerId, {
    customerId,
    channel: 'EMAIL',
    granted,
    source: 'WEB_FORM',
    changedBy: ACTOR,
    changedAt: at(time),
  });
}

export function orderPlaced(customerId: string, time: Date | number) {
  const orderId = randomUUID();
  return event('crm.sales.order.placed', orderId, {
    orderId,
    customerId,
    opportunityId: null,
    contractId: null,
    total: '100.00',
    currency: 'EUR',
    ownerId: null,
    placedAt: at(time),
  });
}

export function paymentReceived(customerId: string, amount: string, currency: string, time: Date | number) {
  const paymentId = randomUUID();
  return event('crm.sales.payment.received', paymentId, {
    paymentId,
    orderId: randomUUID(),
    customerId,
    amount,
    currency,
    outstandingBalance: '0',
    receivedAt: at(time),
  });
}

export function surveyAnswered(customerId: string, csatScore: number, time: Date | number) {
  const invitationId = randomUUID();
  return event('crm.service.survey.response_recorded', invitationId, {
    responseId: randomUUID(),
    invitationId,
    surveyId: randomUUID(),
    ticketId: randomUUID(),
    customerId,
    queueId: null,
    assigneeId: null,
    csatScore,
    npsScore: null,
    respondedAt: at(time),
  });
}

export function customersMerged(survivorId: string, mergedIds: string[], time: Date | number) {
  return event('crm.customer.customer.merged', survivorId, {
    customerId: survivorId,
    mergedCustomerIds: mergedIds,
    mergedAt: at(time),
  });
}

export function customerErased(customerId: string, time: Date | number) {
  return event('crm.customer.customer.erased', customerId, { customerId, erasedAt: at(time) });
}
