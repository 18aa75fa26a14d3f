import { randomUUID } from 'node:crypto';
import { buildEvent, type AnyCloudEvent, type EventInput, type EventType } from '@crm/events';

/**
 * A mixed history as the services publish it: customers created, updated, merged (in a chain) and
 * erased, interactions and their corrections, deals moving stages, won and lost, orders and
 * payments, audit entries of customers, interactions and tickets, and events about merged
 * customers that arrive after their merge. Times advance a minute per event.
 */
export function mixedHistory(): AnyCloudEvent[] {
  const start = Date.parse('2025-03-01T09:00:00Z');
  const events: AnyCloudEvent[] = [];
  let minute = 0;
  const at = () => new Date(start + minute * 60_000).toISOString();
  function add<T extends EventType>(type: T, subject: string, data: EventInput<T>['data']): void {
    const event = buildEvent(type, {
      subject,
      actor: 'system',
      time: new Date(start + minute * 60_000),
      data,
    });
    events.push(event as AnyCloudEvent);
    minute++;
  }
  const ids = (count: number) => Array.from({ length: count }, () => randomUUID());
  const [repA, repB] = ids(2);
  const customers = ids(9);
  const [c1, c2, c3, c4, c5, c6, c7, c8, c9] = customers;
  for (const [index, customerId] of customers.entries()) {
    add('crm.customer.customer.created', customerId, {
      customerId,
      kind: index % 2 ? 'PERSON' : 'COMPANY',
      name: `Customer ${index + 1}`,
      email: null,
      phone: null,
      ownerId: index % 3 ? repA : repB,
      lifecycleStage: 'PROSPECT',
      createdAt: at(),
    });
  }
  const interaction = (customerId: string, interactionId: string, version: number, summary: string) => ({
    interactionId,
    customerId,
    type: 'CALL' as const,
    direction: 'INBOUND' as const,
    occurredAt: at(),
    durationMinutes: 10 + version,
    summary,
    outcome: null,
    contactIds: [],
    userIds: [repA],
    loggedById: repA,
    version,
  });
  const [i1, i2, i3] = ids(3);
  add('crm.customer.interaction.logged', i1, interaction(c2, i1, 1, 'Asked about invoices'));
  add('crm.customer.interaction.updated', i1, interaction(c2, i1, 2, 'Asked about invoices, twice'));
  add('crm.customer.interaction.logged', i2, interaction(c4, i2, 1, 'Duplicate record called'));
  const audit = (
    entityType: string,
    entityId: string,
    field: string,
    before: string | null,
    after: string | null,
  ) => ({
    entityType,
    entityId,
    action: 'updated',
    actorId: repA,
    changes: [{ field, before, after }],
    occurredAt: at(),
  });
  add('crm.customer.audit.recorded', c2, audit('Customer', c2, 'name', '"Customer 2"', '"Customer Two"'));
  add('crm.customer.audit.recorded', i1, audit('Interaction', i1, 'summary', '"Asked"', '"Asked twice"'));
  const [t1] = ids(1);
  add('crm.service.audit.recorded', t1, audit('Ticket', t1, 'subject', null, '"Invoice wrong"'));
  add('crm.service.audit.recorded', t1, audit('Ticket', t1, 'customerId', null, JSON.stringify(c2)));
  add('crm.customer.customer.updated', c3, {
    customerId: c3,
    values: { ownerId: repB },
    changedFields: ['ownerId'],
    updatedAt: at(),
  });
  const deals = ids(6);
  const [o1, o2, o3, o4, o5, o6] = deals;
  const opportunity = (opportunityId: string, customerId: string, amount: string, ownerId: string) => ({
    opportunityId,
    customerId,
    name: `Deal ${opportunityId.slice(0, 4)}`,
    amount,
    currency: 'EUR',
    stage: 'PROSPECTING' as const,
    probability: 10,
    ownerId,
    expectedCloseDate: null,
    createdAt: at(),
  });
  add('crm.sales.opportunity.created', o1, opportunity(o1, c1, '12500.00', repA));
  add('crm.sales.opportunity.created', o2, opportunity(o2, c2, '800.50', repB));
  add('crm.sales.opportunity.created', o3, opportunity(o3, c3, '4000.00', repA));
  add('crm.sales.opportunity.created', o4, opportunity(o4, c4, '999.99', repB));
  add('crm.sales.opportunity.created', o6, opportunity(o6, c8, '150.00', repA));
  type Stage = 'PROSPECTING' | 'PROPOSAL' | 'CLOSED_WON' | 'CLOSED_LOST';
  const stage = (
    opportunityId: string,
    customerId: string,
    fromStage: Stage,
    toStage: Stage,
    amount: string,
  ) => ({
    opportunityId,
    customerId,
    fromStage,
    toStage,
    probability: toStage === 'CLOSED_WON' ? 100 : toStage === 'CLOSED_LOST' ? 0 : 60,
    amount,
    currency: 'EUR',
    reason: null,
    ownerId: repA,
    changedAt: at(),
  });
  add('crm.sales.opportunity.stage_changed', o1, stage(o1, c1, 'PROSPECTING', 'PROPOSAL', '12500.00'));
  const { createdAt: _created, ...opened } = opportunity(o3, c3, '4200.00', repB);
  add('crm.sales.opportunity.updated', o3, {
    ...opened,
    competitors: [],
    changedFields: ['amount', 'ownerId'],
    version: 2,
    updatedAt: at(),
  });
  add('crm.sales.opportunity.stage_changed', o1, stage(o1, c1, 'PROPOSAL', 'CLOSED_WON', '12500.00'));
  add('crm.sales.opportunity.won', o1, {
    opportunityId: o1,
    customerId: c1,
    name: 'Deal won',
    amount: '12500.00',
    currency: 'EUR',
    reason: 'Best fit',
    ownerId: repA,
    closedAt: at(),
  });
  add('crm.sales.opportunity.stage_changed', o2, stage(o2, c2, 'PROSPECTING', 'CLOSED_LOST', '800.50'));
  add('crm.sales.opportunity.lost', o2, {
    opportunityId: o2,
    customerId: c2,
    name: 'Deal lost',
    amount: '800.50',
    currency: 'EUR',
    reason: 'Price',
    competitors: ['Rival'],
    ownerId: repB,
    closedAt: at(),
  });
  const [order1, p1, p2] = ids(3);
  add('crm.sales.payment.received', p1, {
    paymentId: p1,
    orderId: order1,
    customerId: c1,
    amount: '5000.00',
    currency: 'EUR',
    outstandingBalance: '7500.00',
    receivedAt: at(),
  });
  add('crm.sales.order.placed', order1, {
    orderId: order1,
    customerId: c1,
    opportunityId: o1,
    contractId: null,
    total: '12500.00',
    currency: 'EUR',
    ownerId: repA,
    placedAt: at(),
  });
  add('crm.sales.payment.received', p2, {
    paymentId: p2,
    orderId: order1,
    customerId: c1,
    amount: '7500.00',
    currency: 'EUR',
    outstandingBalance: '0.00',
    receivedAt: at(),
  });
  // c4 and c5 fold into c6, which folds into c7 later: a chain, keyed by each survivor.
  add('crm.customer.customer.merged', c6, { customerId: c6, mergedCustomerIds: [c4, c5], mergedAt: at() });
  add('crm.customer.customer.lifecycle_changed', c1, {
    customerId: c1,
    from: 'PROSPECT',
    to: 'CUSTOMER',
    reason: 'First purchase',
    source: 'EVENT',
    actorId: 'system',
    causingEventId: null,
    changedAt: at(),
  });
  // Late news about merged customers: sales and the customer service had not heard of the merge yet.
  add('crm.sales.opportunity.created', o5, opportunity(o5, c5, '310.00', repB));
  add('crm.customer.interaction.logged', i3, interaction(c4, i3, 1, 'Called the old number'));
  const [order2] = ids(1);
  add('crm.sales.order.placed', order2, {
    orderId: order2,
    customerId: c4,
    opportunityId: null,
    contractId: null,
    total: '480.00',
    currency: 'EUR',
    ownerId: repB,
    placedAt: at(),
  });
  add('crm.customer.customer.churned', c1, {
    customerId: c1,
    reasonCategory: 'PRICE',
    note: null,
    previousStage: 'CUSTOMER',
    actorId: 'system',
    churnedAt: at(),
  });
  add('crm.customer.customer.merged', c7, { customerId: c7, mergedCustomerIds: [c6], mergedAt: at() });
  add('crm.customer.customer.erased', c2, { customerId: c2, erasedAt: at() });
  add('crm.customer.customer.erased', c7, { customerId: c7, erasedAt: at() });
  add('crm.service.audit.recorded', t1, audit('Ticket', t1, 'status', '"NEW"', '"CLOSED"'));
  add('crm.customer.audit.recorded', c9, audit('Customer', c9, 'name', '"Customer 9"', '"Customer Nine"'));
  return events;
}
