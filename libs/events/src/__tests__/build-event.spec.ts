import { validate, version } from 'uuid';
import {
  buildEvent,
  EventValidationError,
  parseEvent,
  SYSTEM_ACTOR,
  type OpportunityCreatedPayload,
} from '@crm/events';
import { customer, opportunity, USER_ID } from './event-fixtures';

const buildOpportunityCreated = (data: unknown) =>
  buildEvent('crm.sales.opportunity.created', {
    subject: opportunity().opportunityId,
    data: data as OpportunityCreatedPayload,
    actor: USER_ID,
  });

function problemPathsOf(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(EventValidationError);
    return (error as EventValidationError).problems.map((problem) => problem.path);
  }
  throw new Error('expected an EventValidationError');
}

describe('buildEvent', () => {
  it('builds a CloudEvents 1.0 envelope around the data', () => {
    const data = opportunity();
    const event = buildEvent('crm.sales.opportunity.created', {
      subject: data.opportunityId,
      data,
      actor: USER_ID,
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(event).toMatchObject({
      specversion: '1.0',
      source: '/crm/sales',
      type: 'crm.sales.opportunity.created',
      subject: data.opportunityId,
      datacontenttype: 'application/json',
      dataschema: 'urn:crm:schema:crm.sales.opportunity.created:1',
      actor: USER_ID,
      correlationid: event.id,
      data,
    });
    expect(validate(event.id) && version(event.id)).toBe(7);
    expect(event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it.each([
    ['crm.customer.customer.created', () => customer().customerId, customer],
    ['crm.sales.opportunity.created', () => opportunity().opportunityId, opportunity],
  ] as const)('round-trips %s through JSON and parseEvent', (type, subjectOf, dataOf) => {
    const event = buildEvent(type, {
      subject: subjectOf(),
      data: dataOf() as never,
      actor: SYSTEM_ACTOR,
      correlationId: 'request-42',
      time: new Date('2025-03-01T12:00:00+01:00'),
    });
    expect(event.time).toBe('2025-03-01T11:00:00.000Z');
    expect(parseEvent(JSON.stringify(event))).toEqual(event);
    expect(parseEvent(Buffer.from(JSON.stringify(event)))).toEqual(event);
  });

  it('accepts null where the payload allows it', () => {
    const data = { ...opportunity(), ownerId: null, expectedCloseDate: null };
    expect(buildOpportunityCreated(data).data).toEqual(data);
  });

  it.each([
    ['a float amount', { amount: 12.5 }, '/data/amount', /must be string \(got 12\.5\)/],
    [
      'more than 4 decimals',
      { amount: '1.23456' },
      '/data/amount',
      /must match pattern .*\(got "1\.23456"\)/,
    ],
    ['a lower-case currency', { currency: 'eur' }, '/data/currency', /\(got "eur"\)/],
    ['a probability over 100', { probability: 101 }, '/data/probability', /must be <= 100/],
    ['an impossible date', { expectedCloseDate: '2025-02-30' }, '/data/expectedCloseDate', /format "date"/],
    ['a number as owner', { ownerId: 7 }, '/data/ownerId', /must be string or null \(got 7\)/],
    ['an extra property', { discount: '5' }, '/data/discount', /is not a known property/],
  ])('rejects %s, naming the field', (_case, change, path, message) => {
    expect(problemPathsOf(() => buildOpportunityCreated({ ...opportunity(), ...change }))).toEqual([path]);
    expect(() => buildOpportunityCreated({ ...opportunity(), ...change })).toThrow(message);
  });

  it('rejects a missing name', () => {
    const { name: _name, ...withoutName } = opportunity();
    expect(problemPathsOf(() => buildOpportunityCreated(withoutName))).toEqual(['/data/name']);
    expect(() => buildOpportunityCreated(withoutName)).toThrow('/data/name: is required');
  });

  it('lists every problem at once', () => {
    const paths = problemPathsOf(() =>
      buildOpportunityCreated({ ...opportunity(), amount: 1, currency: 'euro' }),
    );
    expect(paths).toEqual(['/data/currency', '/data/amount']);
  });

  it('rejects a subject that is not the aggregate id, which would break ordering by key', () => {
    const data = opportunity();
    const build = () =>
      buildEvent('crm.sales.opportunity.created', { subject: data.customerId, data, actor: USER_ID });
    expect(problemPathsOf(build)).toEqual(['/subject']);
  });

  it('rejects an actor that is neither a user id nor "system", and a malformed traceparent', () => {
    const data = customer();
    const build = () =>
      buildEvent('crm.customer.customer.created', {
        subject: data.customerId,
        data,
        actor: 'alice',
        traceparent: 'not-a-trace',
      });
    expect(problemPathsOf(build)).toEqual(['/actor', '/traceparent']);
  });
});
