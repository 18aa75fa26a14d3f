import { SERVICE_NAMES } from '@crm/config';
import { EVENT_CATALOGUE, EVENT_TYPES, eventTypesOf, topicOf, topicsOf, type EventType } from '@crm/events';

describe('event topics', () => {
  it('puts each aggregate on crm.<service>.<aggregate>.v1', () => {
    expect(topicOf('crm.customer.customer.created')).toBe('crm.customer.customer.v1');
    expect(topicOf('crm.sales.opportunity.created')).toBe('crm.sales.opportunity.v1');
  });

  it('lists the types and topics of a service', () => {
    expect(eventTypesOf('sales')).toContain('crm.sales.opportunity.created');
    expect(topicsOf('sales')).toContain('crm.sales.opportunity.v1');
    expect(eventTypesOf('analytics')).toContain('crm.analytics.customer.churn_risk_detected');
    expect(topicsOf('analytics')).toContain('crm.analytics.customer.v1');
  });

  it('gives every type to exactly one service, each topic once', () => {
    expect(SERVICE_NAMES.flatMap(eventTypesOf).sort()).toEqual([...EVENT_TYPES].sort());
    for (const service of SERVICE_NAMES)
      expect(new Set(topicsOf(service)).size).toBe(topicsOf(service).length);
  });

  it('refuses a type that is not in the catalogue', () => {
    expect(() => topicOf('crm.sales.unicorn.sighted' as EventType)).toThrow('not in the event catalogue');
  });
});

describe('the event catalogue', () => {
  it.each(EVENT_TYPES)('names %s after its service and aggregate', (type) => {
    const { service, aggregate, version } = EVENT_CATALOGUE[type];
    expect(type.startsWith(`crm.${service}.${aggregate}.`)).toBe(true);
    expect(version).toBeGreaterThanOrEqual(1);
  });
});
