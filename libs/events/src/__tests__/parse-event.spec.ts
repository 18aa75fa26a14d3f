import {
  buildEvent,
  EVENT_CATALOGUE,
  EVENT_TYPES,
  EventValidationError,
  isEventOfType,
  parseEvent,
  type AnyCloudEvent,
} from '@crm/events';
import { customer, USER_ID } from './event-fixtures';

const customerCreated = () => {
  const data = customer();
  return buildEvent('crm.customer.customer.created', { subject: data.customerId, data, actor: USER_ID });
};

const parseChanged = (change: Record<string, unknown>) => () =>
  parseEvent(JSON.stringify({ ...customerCreated(), ...change }));

describe('parseEvent', () => {
  it('rejects a message that is not JSON', () => {
    expect(() => parseEvent('{"specversion": "1.0",')).toThrow(EventValidationError);
    expect(() => parseEvent('garbage')).toThrow(/not JSON.*got "garbage"/);
    expect(() => parseEvent(Buffer.alloc(0))).toThrow(/not JSON/);
  });

  it('rejects JSON that is not a CloudEvent', () => {
    expect(() => parseEvent('[1, 2]')).toThrow(/Not a CRM CloudEvent:\n {2}- \/: must be object/);
    expect(() => parseEvent('{}')).toThrow('/specversion: is required');
  });

  it('rejects another CloudEvents version', () => {
    expect(parseChanged({ specversion: '0.3' })).toThrow(
      /\/specversion: must be equal to constant \(got "0\.3"\)/,
    );
  });

  it('rejects a type that is not in the catalogue', () => {
    expect(parseChanged({ type: 'crm.customer.customer.teleported' })).toThrow(
      'Unknown event type "crm.customer.customer.teleported"',
    );
  });

  it('reads every catalogue example back, snake_case actions (lifecycle_changed) included', () => {
    for (const type of EVENT_TYPES) {
      const { example, aggregateIdField } = EVENT_CATALOGUE[type];
      const subject = String(Reflect.get(example, aggregateIdField));
      const event = buildEvent(type, { subject, data: example as never, actor: USER_ID });
      expect(parseEvent(JSON.stringify(event))).toEqual(event);
    }
  });

  it('rejects data that does not match the schema of its type', () => {
    const event = customerCreated();
    const raw = JSON.stringify({ ...event, data: { ...event.data, email: 'not-an-email', kind: 'ROBOT' } });
    expect(() => parseEvent(raw)).toThrow(/\/data\/email: must match format "email" \(got "not-an-email"\)/);
    expect(() => parseEvent(raw)).toThrow(/\/data\/kind: must be equal to one of the allowed values/);
  });

  it('rejects a source or dataschema that does not belong to the type', () => {
    expect(parseChanged({ source: '/crm/sales' })).toThrow('/source: must be equal to constant');
    expect(parseChanged({ dataschema: 'urn:crm:schema:crm.customer.customer.created:2' })).toThrow(
      '/dataschema',
    );
  });

  it('rejects a time that is not UTC', () => {
    expect(parseChanged({ time: '2025-03-01T12:00:00+01:00' })).toThrow('/time: must match pattern "Z$"');
  });

  it('tolerates unknown extensions named as the spec says, and refuses others', () => {
    expect(parseChanged({ tenantid: 'acme' })).not.toThrow();
    expect(parseChanged({ 'Tenant-Id': 'acme' })).toThrow(/property name must be valid/);
  });
});

describe('isEventOfType', () => {
  it('narrows an event to its type', () => {
    const event: AnyCloudEvent = parseEvent(JSON.stringify(customerCreated()));
    expect(isEventOfType(event, 'crm.customer.customer.created')).toBe(true);
    expect(isEventOfType(event, 'crm.sales.opportunity.created')).toBe(false);
    if (isEventOfType(event, 'crm.customer.customer.created'))
      expect(event.data.lifecycleStage).toBe('PROSPECT');
  });
});
