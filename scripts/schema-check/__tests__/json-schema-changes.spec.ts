import { jsonSchemaChanges, type JsonSchema } from '../json-schema-changes';

const customerCreated = {
  type: 'object',
  additionalProperties: false,
  required: ['customerId', 'kind'],
  properties: {
    customerId: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: ['COMPANY', 'PERSON'] },
    email: { anyOf: [{ type: 'string', format: 'email' }, { type: 'null' }] },
    tags: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' } } } },
  },
};
type CustomerCreatedSchema = typeof customerCreated;

function changed(edit: (schema: CustomerCreatedSchema) => void): JsonSchema {
  const copy: CustomerCreatedSchema = structuredClone(customerCreated);
  edit(copy);
  return copy;
}

describe('jsonSchemaChanges', () => {
  it('finds nothing between a schema and itself, nor in annotations', () => {
    expect(jsonSchemaChanges(customerCreated, customerCreated)).toEqual([]);
    const documented = changed((schema) =>
      Object.assign(schema.properties.kind, { description: 'Company or person.' }),
    );
    expect(jsonSchemaChanges(customerCreated, documented)).toEqual([]);
  });

  it('passes a new optional property, even where additionalProperties is false (readers ignore it)', () => {
    const after = changed((schema) => Object.assign(schema.properties, { region: { type: 'string' } }));
    expect(jsonSchemaChanges(customerCreated, after)).toEqual([
      { level: 'safe', message: 'data.region: optional property added' },
    ]);
  });

  it('breaks on a removed property', () => {
    const after = changed((schema) => Reflect.deleteProperty(schema.properties, 'email'));
    expect(jsonSchemaChanges(customerCreated, after)).toEqual([
      { level: 'breaking', message: 'data.email: property removed' },
    ]);
  });

  it('breaks on a new required property: the events published before lack it', () => {
    const after = changed((schema) => {
      Object.assign(schema.properties, { region: { type: 'string' } });
      schema.required.push('region');
    });
    expect(jsonSchemaChanges(customerCreated, after)).toEqual([
      {
        level: 'breaking',
        message: 'data.region: required property added (events published before lack it)',
      },
    ]);
  });

  it('breaks on a property made required or optional', () => {
    const required = changed((schema) => schema.required.push('email'));
    const optional = changed((schema) => (schema.required = ['customerId']));
    expect(jsonSchemaChanges(customerCreated, required)).toEqual([
      { level: 'breaking', message: 'data.email: became required' },
    ]);
    expect(jsonSchemaChanges(customerCreated, optional)).toEqual([
      { level: 'breaking', message: 'data.kind: no longer required' },
    ]);
  });

  it('breaks on an enum value removed or added', () => {
    const after = changed((schema) => (schema.properties.kind.enum = ['COMPANY', 'HOUSEHOLD']));
    expect(jsonSchemaChanges(customerCreated, after)).toEqual([
      { level: 'breaking', message: 'data.kind: enum value "PERSON" removed' },
      { level: 'breaking', message: 'data.kind: enum value "HOUSEHOLD" added' },
    ]);
  });

  it('breaks on a changed type or format, inside anyOf branches and array items too', () => {
    const after = changed((schema) => {
      schema.properties.customerId.type = 'integer';
      schema.properties.email.anyOf[0].format = 'idn-email';
      schema.properties.tags.items.properties.code.type = 'number';
    });
    expect(jsonSchemaChanges(customerCreated, after).map(({ message }) => message)).toEqual([
      'data.customerId: type changed from "string" to "integer"',
      'data.email.anyOf[0]: format changed from "email" to "idn-email"',
      'data.tags[].code: type changed from "string" to "number"',
    ]);
  });

  it('breaks when a nullable property loses its null branch', () => {
    const after = changed((schema) =>
      Object.assign(schema.properties, { email: { type: 'string', format: 'email' } }),
    );
    expect(jsonSchemaChanges(customerCreated, after)).toEqual([
      { level: 'breaking', message: 'data.email: anyOf changed' },
      { level: 'breaking', message: 'data.email: type changed from none to "string"' },
      { level: 'breaking', message: 'data.email: format changed from none to "email"' },
    ]);
  });

  it('breaks when additionalProperties is tightened, passes when it is loosened', () => {
    const open = changed((schema) => Reflect.deleteProperty(schema, 'additionalProperties'));
    expect(jsonSchemaChanges(open, customerCreated)).toEqual([
      { level: 'breaking', message: 'data: additionalProperties tightened' },
    ]);
    expect(jsonSchemaChanges(customerCreated, open)).toEqual([
      { level: 'safe', message: 'data: additionalProperties loosened' },
    ]);
  });
});
