import { parseJourneyDefinition, stepAfter, triggerKeyOf } from '../journey-definition';
import { JOURNEY_TEMPLATES } from '../journey-templates';

const TEMPLATE_ID = '01950e10-0000-7000-8000-000000000001';
const LIST_ID = '01950e20-0000-7000-8000-000000000001';

const welcome = {
  trigger: { kind: 'EVENT', eventType: 'crm.customer.customer.created' },
  steps: [
    { id: 'welcome', kind: 'SEND', templateId: TEMPLATE_ID },
    { id: 'wait', kind: 'WAIT', hours: 72 },
    {
      id: 'ordered',
      kind: 'BRANCH',
      rule: { field: 'orderCount', operator: 'gte', value: 1 },
      then: 'END',
      else: 'list',
    },
    { id: 'list', kind: 'ADD_TO_LIST', segmentId: LIST_ID },
    { id: 'call', kind: 'FOLLOW_UP', note: 'Call them', dueInDays: 1 },
  ],
};

const fieldOf = (raw: unknown) => {
  try {
    parseJourneyDefinition(raw);
  } catch (error) {
    return (error as { field: string }).field;
  }
  return null;
};

describe('journey definitions', () => {
  it('accepts a trigger and steps, defaulting SEND variables, and parses branch rules', () => {
    const definition = parseJourneyDefinition(welcome);
    expect(definition.steps[0]).toEqual({
      id: 'welcome',
      kind: 'SEND',
      templateId: TEMPLATE_ID,
      variables: {},
    });
    expect(triggerKeyOf(definition.trigger)).toBe('crm.customer.customer.created');
    expect(triggerKeyOf({ kind: 'SEGMENT_ENTERED', segmentId: LIST_ID })).toBe(`segment:${LIST_ID}`);
    expect(stepAfter(definition, 'welcome')).toBe('wait');
    expect(stepAfter(definition, 'call')).toBeNull();
  });

  it('names the bad node of a bad definition', () => {
    expect(fieldOf({ ...welcome, trigger: { kind: 'EVENT', eventType: 'crm.sales.quote.issued' } })).toBe(
      'input.definition.trigger.eventType',
    );
    expect(fieldOf({ ...welcome, steps: [] })).toBe('input.definition.steps');
    const steps = (replace: object, at: number) => ({
      ...welcome,
      steps: welcome.steps.map((step, i) => (i === at ? replace : step)),
    });
    expect(fieldOf(steps({ id: 'wait', kind: 'WAIT', hours: 0 }, 1))).toBe('input.definition.steps[1].hours');
    expect(fieldOf(steps({ id: 'welcome', kind: 'WAIT', hours: 1 }, 1))).toBe('input.definition.steps[1].id');
    expect(fieldOf(steps({ ...welcome.steps[2], else: 'nowhere' }, 2))).toBe(
      'input.definition.steps[2].else',
    );
    expect(
      fieldOf(
        steps(
          { ...welcome.steps[2], rule: { field: 'p.tier; DROP TABLE x', operator: 'eq', value: 'A' } },
          2,
        ),
      ),
    ).toMatch(/^input\.definition\.steps\[2\]\.rule/);
    expect(fieldOf(steps({ id: 'send', kind: 'SEND', templateId: 'not-an-id' }, 0))).toBe(
      'input.definition.steps[0].templateId',
    );
  });

  it('ships templates that are valid once their ids are filled in', () => {
    expect(JOURNEY_TEMPLATES.map((template) => template.key)).toEqual([
      'welcome-series',
      'post-purchase-survey',
      'birthday',
      'lead-nurturing',
      'win-back',
    ]);
    for (const template of JOURNEY_TEMPLATES) {
      const filled = JSON.parse(JSON.stringify(template.definition).replace(/<[^>]+>/g, TEMPLATE_ID));
      expect(() => parseJourneyDefinition(filled)).not.toThrow();
    }
  });
});
