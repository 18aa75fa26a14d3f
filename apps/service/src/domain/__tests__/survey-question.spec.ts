import { CrmError } from '@crm/errors';
import { parseSurveyDesign } from '../survey-design';
import { parseSurveyQuestions } from '../survey-question';

const problemsOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    if (error instanceof CrmError) return error.problems;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('parseSurveyQuestions', () => {
  it('numbers the questions q1, q2… and makes the scored ones required by default', () => {
    expect(
      parseSurveyQuestions(
        [
          { kind: 'CSAT', prompt: ' How satisfied are you? ' },
          { kind: 'NPS', prompt: 'Would you recommend us?', required: false },
          { kind: 'CHOICE', prompt: 'What helped most?', options: ['Speed', 'Kindness'] },
          { kind: 'TEXT', prompt: 'Anything else?' },
        ],
        'input.questions',
      ),
    ).toEqual([
      { id: 'q1', kind: 'CSAT', prompt: 'How satisfied are you?', required: true, options: [] },
      { id: 'q2', kind: 'NPS', prompt: 'Would you recommend us?', required: false, options: [] },
      {
        id: 'q3',
        kind: 'CHOICE',
        prompt: 'What helped most?',
        required: false,
        options: ['Speed', 'Kindness'],
      },
      { id: 'q4', kind: 'TEXT', prompt: 'Anything else?', required: false, options: [] },
    ]);
  });

  it('reports every problem with its path', () => {
    expect(
      problemsOf(() =>
        parseSurveyQuestions(
          [
            { kind: 'CSAT', prompt: '' },
            { kind: 'CHOICE', prompt: 'Pick', options: ['Only one'] },
            { kind: 'TEXT', prompt: 'Say', options: ['No'] },
          ],
          'input.questions',
        ),
      ),
    ).toEqual([{ field: 'input.questions[0].prompt', message: 'must not be empty' }]);
    expect(
      problemsOf(() =>
        parseSurveyQuestions(
          [
            { kind: 'CHOICE', prompt: 'Pick', options: ['Only one'] },
            { kind: 'TEXT', prompt: 'Say', options: ['No'] },
            { kind: 'CHOICE', prompt: 'Again', options: ['A', 'A'] },
          ],
          'input.questions',
        ),
      ).map((problem) => problem.field),
    ).toEqual(['input.questions[0].options', 'input.questions[1].options', 'input.questions[2].options']);
  });

  it('allows one CSAT and one NPS question per survey, so each response has one score of each', () => {
    expect(
      problemsOf(() =>
        parseSurveyQuestions(
          [
            { kind: 'CSAT', prompt: 'One' },
            { kind: 'CSAT', prompt: 'Two' },
          ],
          'input.questions',
        ),
      ),
    ).toEqual([
      {
        field: 'input.questions[1].kind',
        message: 'a survey has at most one CSAT question (also at input.questions[0])',
      },
    ]);
  });

  it('needs 1 to 20 questions', () => {
    expect(problemsOf(() => parseSurveyQuestions([], 'q'))).toEqual([
      { field: 'q', message: 'must have at least one question' },
    ]);
    const many = Array.from({ length: 21 }, () => ({ kind: 'TEXT' as const, prompt: 'Why?' }));
    expect(problemsOf(() => parseSurveyQuestions(many, 'q'))[0].message).toMatch(/at most 20/);
  });
});

describe('parseSurveyDesign', () => {
  it('reports the name, the queue and the questions at once', () => {
    expect(
      problemsOf(() => parseSurveyDesign({ name: ' ', queueId: 'queue-1', questions: [] })).map(
        (problem) => problem.field,
      ),
    ).toEqual(['input.name', 'input.queueId', 'input.questions']);
  });

  it('lower-cases the queue id and makes a missing one the default survey', () => {
    const questions = [{ kind: 'CSAT' as const, prompt: 'How did we do?' }];
    expect(
      parseSurveyDesign({ name: 'Billing', queueId: '0190AAAA-0000-7000-8000-000000000001', questions })
        .queueId,
    ).toBe('0190aaaa-0000-7000-8000-000000000001');
    expect(parseSurveyDesign({ name: 'Default', questions }).queueId).toBeNull();
  });
});
