import { EVENT_CATALOGUE, EVENT_TYPES, generateAsyncApiDocument } from '@crm/events';
import { eventSchemaChanges } from '../event-schema-changes';
import { eventSchemasOf, type EventSchema } from '../event-schemas';

const TYPE = 'crm.customer.customer.created';
const version1: EventSchema = {
  version: 1,
  data: {
    type: 'object',
    required: ['customerId', 'name'],
    properties: { customerId: { type: 'string' }, name: { type: 'string' } },
  },
};
const catalogue = (schema: EventSchema) => new Map([[TYPE, schema]]);

describe('eventSchemaChanges', () => {
  it('breaks on a removed property under the same version', () => {
    const after: EventSchema = {
      version: 1,
      data: { type: 'object', required: ['customerId'], properties: { customerId: { type: 'string' } } },
    };
    expect(eventSchemaChanges(catalogue(version1), catalogue(after))).toEqual([
      { subject: TYPE, level: 'breaking', message: 'data.name: property removed' },
    ]);
  });

  it('passes an added optional property under the same version', () => {
    const data = version1.data as { properties: object };
    const after: EventSchema = {
      version: 1,
      data: { ...data, properties: { ...data.properties, region: { type: 'string' } } },
    };
    expect(eventSchemaChanges(catalogue(version1), catalogue(after))).toEqual([
      { subject: TYPE, level: 'safe', message: 'data.region: optional property added' },
    ]);
  });

  it('passes any change that comes with a new version (DESIGN §4)', () => {
    const version2: EventSchema = { version: 2, data: { type: 'object', properties: {} } };
    expect(eventSchemaChanges(catalogue(version1), catalogue(version2))).toEqual([
      { subject: TYPE, level: 'safe', message: 'new version 2 (was 1): consumers move to it' },
    ]);
  });

  it('breaks on a removed event type or a lower version, passes a new type', () => {
    const none = new Map<string, EventSchema>();
    const version0 = { ...version1, version: 0 };
    expect(eventSchemaChanges(catalogue(version1), none)[0]).toMatchObject({ level: 'breaking' });
    expect(eventSchemaChanges(catalogue(version1), catalogue(version0))[0]).toMatchObject({
      level: 'breaking',
    });
    expect(eventSchemaChanges(none, catalogue(version1))).toEqual([
      { subject: TYPE, level: 'safe', message: 'event type added (version 1)' },
    ]);
  });
});

describe('eventSchemasOf', () => {
  it("reads every catalogue type's version and data schema from the AsyncAPI document", () => {
    const schemas = eventSchemasOf(JSON.parse(JSON.stringify(generateAsyncApiDocument())));
    expect([...schemas.keys()].sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of EVENT_TYPES) expect(schemas.get(type)?.version).toBe(EVENT_CATALOGUE[type].version);
    expect(schemas.get(TYPE)?.data).toMatchObject({ required: expect.arrayContaining(['customerId']) });
  });
});
