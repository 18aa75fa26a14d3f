import {
  buildEvent,
  EVENT_CATALOGUE,
  type AnyCloudEvent,
  type EventPayload,
  type EventType,
} from '@crm/events';
import { NOTIFICATION_RULES, planFor } from '../notification-rules';

const ACTOR = '01950c80-0000-7000-8000-0000000000ac';
const OWNER = '01950c80-0000-7000-8000-00000000a11c';
const MANAGER = '01950c80-0000-7000-8000-00000000b055';
const QUEUE = '01950c70-0000-7000-8000-000000007ea1';

function eventOf<T extends EventType>(type: T, changes: Partial<EventPayload<T>> = {}): AnyCloudEvent {
  const data = { ...EVENT_CATALOGUE[type].example, ...changes } as EventPayload<T>;
  const subject = (data as unknown as Record<string, unknown>)[
    EVENT_CATALOGUE[type].aggregateIdField
  ] as string;
  return buildEvent(type, { subject, actor: ACTOR, data }) as AnyCloudEvent;
}

describe('notification rules', () => {
  it('has one rule per kind, each for a catalogue event', () => {
    const kinds = NOTIFICATION_RULES.map((rule) => rule.plan(eventOf(rule.eventType) as never).message.kind);
    expect(new Set(kinds).size).toBe(NOTIFICATION_RULES.length);
    for (const rule of NOTIFICATION_RULES) expect(EVENT_CATALOGUE[rule.eventType]).toBeDefined();
  });

  it('tells nobody of an event no rule names', () => {
    expect(planFor(eventOf('crm.sales.opportunity.won'))).toBeNull();
  });

  it('tells a lead’s new owner, linking the lead', () => {
    const plan = planFor(eventOf('crm.sales.lead.assigned', { ownerId: OWNER, ruleId: null }))!;
    expect(plan.audience).toEqual([{ user: OWNER }]);
    expect(plan.message).toMatchObject({
      kind: 'LEAD_ASSIGNED',
      subjectType: 'Lead',
      body: 'You were made the owner of a lead.',
    });
  });

  it('tells a large deal to the manager the event names, else to the owner’s manager, else nobody', () => {
    const named = planFor(eventOf('crm.sales.opportunity.large_deal_detected', { managerId: MANAGER }))!;
    expect(named.audience).toEqual([{ user: MANAGER }]);
    const byTeam = planFor(
      eventOf('crm.sales.opportunity.large_deal_detected', { managerId: null, ownerId: OWNER }),
    )!;
    expect(byTeam.audience).toEqual([{ managerOfUser: OWNER }]);
    expect(byTeam.message).toMatchObject({
      kind: 'LARGE_DEAL_DETECTED',
      subjectType: 'Opportunity',
      title: 'Large deal: Fleet telematics rollout',
    });
    expect(byTeam.message.body).toContain('250000 EUR');
    const unowned = planFor(
      eventOf('crm.sales.opportunity.large_deal_detected', { managerId: null, ownerId: null }),
    )!;
    expect(unowned.audience).toEqual([]);
  });

  it.each([
    ['crm.sales.activity.reminder_due', 'ACTIVITY_REMINDER_DUE', 'Activity'],
    ['crm.sales.contract.renewal_due', 'CONTRACT_RENEWAL_DUE', 'Contract'],
    ['crm.sales.order.overdue', 'ORDER_OVERDUE', 'Order'],
  ] as const)('tells the owner of %s (%s, linking the %s)', (type, kind, subjectType) => {
    const plan = planFor(eventOf(type, { ownerId: OWNER } as never))!;
    expect(plan.audience).toEqual([{ user: OWNER }]);
    expect(plan.message).toMatchObject({ kind, subjectType });
    expect(planFor(eventOf(type, { ownerId: null } as never))!.audience).toEqual([]);
  });

  it.each([
    ['crm.service.ticket.assigned', 'TICKET_ASSIGNED'],
    ['crm.service.ticket.sla_warning', 'TICKET_SLA_WARNING'],
    ['crm.service.ticket.sla_breached', 'TICKET_SLA_BREACHED'],
  ] as const)('tells %s to the assignee and the queue’s manager (%s)', (type, kind) => {
    const plan = planFor(eventOf(type, { assigneeId: OWNER, queueId: QUEUE } as never))!;
    expect(plan.audience).toEqual([{ user: OWNER }, { managerOfTeam: QUEUE }]);
    expect(plan.message).toMatchObject({ kind, subjectType: 'Ticket' });
    const unassigned = planFor(eventOf(type, { assigneeId: null, queueId: QUEUE } as never))!;
    expect(unassigned.audience).toEqual([{ managerOfTeam: QUEUE }]);
  });

  it('tells a churn risk to the customer’s owner, with the reasons', () => {
    const event = eventOf('crm.analytics.customer.churn_risk_detected');
    const plan = planFor(event)!;
    expect(plan.audience).toEqual([{ ownerOfCustomer: (event.data as { customerId: string }).customerId }]);
    expect(plan.message.kind).toBe('CHURN_RISK_DETECTED');
    expect(plan.message.subjectType).toBe('Customer');
    for (const reason of EVENT_CATALOGUE['crm.analytics.customer.churn_risk_detected'].example.reasons)
      expect(plan.message.body).toContain(reason.detail);
  });
});
