import { buildEvent, EVENT_CATALOGUE, type EventPayload, type EventType } from '@crm/events';
import { TIMELINE_KINDS } from '../timeline-kind';
import { TIMELINE_MAPPINGS, timelineEntryOf, timelineOwnerOf } from '../timeline-mappings';

/** A valid event of `type`: the catalogue's example with some fields changed. */
function eventOf<T extends EventType>(type: T, changes: Partial<EventPayload<T>> = {}) {
  const data = { ...EVENT_CATALOGUE[type].example, ...changes } as EventPayload<T>;
  const aggregateId = (data as unknown as Record<string, unknown>)[EVENT_CATALOGUE[type].aggregateIdField];
  return buildEvent(type, { subject: String(aggregateId), actor: 'system', data });
}

describe('timeline mappings', () => {
  it('files an interaction under its record id, so its corrections replace it', () => {
    const logged = eventOf('crm.customer.interaction.logged');
    const updated = eventOf('crm.customer.interaction.updated', { summary: 'Corrected.', version: 2 });
    const [first, second] = [timelineEntryOf(logged), timelineEntryOf(updated)];
    expect(first).toEqual({
      id: logged.data.interactionId,
      customerId: logged.data.customerId,
      kind: 'INTERACTION',
      occurredAt: new Date(logged.data.occurredAt),
      title: 'Outbound call, 25 min',
      summary: logged.data.summary,
      interactionId: logged.data.interactionId,
      opportunityId: null,
      orderId: null,
      paymentId: null,
      revision: 1,
    });
    expect(second).toMatchObject({ id: first!.id, summary: 'Corrected.', revision: 2 });
  });

  it('titles untimed messages without a duration', () => {
    const email = eventOf('crm.customer.interaction.logged', {
      type: 'EMAIL',
      direction: 'INBOUND',
      durationMinutes: null,
    });
    expect(timelineEntryOf(email)?.title).toBe('Inbound email');
  });

  it('files other domains’ events by event id, with a reference to their record and exact amounts', () => {
    const opened = eventOf('crm.sales.opportunity.created');
    expect(timelineEntryOf(opened)).toMatchObject({
      id: opened.id,
      kind: 'OPPORTUNITY_CREATED',
      title: `Opportunity opened: ${opened.data.name}`,
      summary: '48000.00 EUR, QUALIFICATION',
      opportunityId: opened.data.opportunityId,
      occurredAt: new Date(opened.data.createdAt),
    });
    const paid = eventOf('crm.sales.payment.received');
    expect(timelineEntryOf(paid)).toMatchObject({
      kind: 'PAYMENT_RECEIVED',
      title: 'Payment received: 12000.00 EUR',
      summary: 'Outstanding on the order: 36000.00 EUR',
      orderId: paid.data.orderId,
      paymentId: paid.data.paymentId,
    });
    const placed = eventOf('crm.sales.order.placed');
    expect(timelineEntryOf(placed)).toMatchObject({
      title: 'Order placed: 48000.00 EUR',
      orderId: placed.data.orderId,
      opportunityId: placed.data.opportunityId,
    });
  });

  it('maps every event type it lists to a known kind, on a customer of the event', () => {
    for (const type of Object.keys(TIMELINE_MAPPINGS) as EventType[]) {
      const event = eventOf(type);
      const entry = timelineEntryOf(event)!;
      expect(TIMELINE_KINDS).toContain(entry.kind);
      expect(entry.customerId).toBe((event.data as { customerId: string }).customerId);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(Number.isNaN(entry.occurredAt.getTime())).toBe(false);
    }
  });

  it('ignores events the timeline does not show', () => {
    expect(timelineEntryOf(eventOf('crm.customer.audit.recorded'))).toBeNull();
  });

  it('takes the owner of a deal or order from its event; a payment waits for its order’s', () => {
    const won = eventOf('crm.sales.opportunity.won');
    expect(timelineOwnerOf(won)).toBe(won.data.ownerId);
    const placed = eventOf('crm.sales.order.placed');
    expect(timelineOwnerOf(placed)).toBe(placed.data.ownerId);
    expect(timelineOwnerOf(eventOf('crm.sales.payment.received'))).toBeNull();
    expect(timelineOwnerOf(eventOf('crm.customer.customer.created'))).toBeNull();
  });
});
