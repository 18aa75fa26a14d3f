import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { EVENT_CATALOGUE } from '@crm/events';
import { OPPORTUNITY_STAGES } from '../opportunity-stage';

/**
 * The domain's stage list is the one list: the SDL enum and the event catalogue's JSON enums are
 * copies a client or a data team reads, so they must name the same stages in the same order.
 */
describe('the opportunity stage list', () => {
  it('is the SDL enum OpportunityStage', () => {
    const sdl = parse(readFileSync(join(__dirname, '../../schema/sales.graphql'), 'utf8'));
    const stageEnum = sdl.definitions.find(
      (node): node is EnumTypeDefinitionNode =>
        node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === 'OpportunityStage',
    );
    expect(stageEnum?.values?.map((value) => value.name.value)).toEqual(OPPORTUNITY_STAGES);
  });

  it.each([
    ['crm.sales.opportunity.created', ['stage']],
    ['crm.sales.opportunity.stage_changed', ['fromStage', 'toStage']],
    ['crm.sales.opportunity.updated', ['stage']],
  ] as const)('is the JSON enum of %s', (type, fields) => {
    const properties = (
      EVENT_CATALOGUE[type].schema as unknown as {
        properties: Record<string, { enum?: readonly string[]; anyOf?: { enum?: readonly string[] }[] }>;
      }
    ).properties;
    for (const field of fields) {
      const schema = properties[field];
      const values = schema.enum ?? schema.anyOf?.find((branch) => branch.enum)?.enum;
      expect(values).toEqual(OPPORTUNITY_STAGES);
    }
  });
});
