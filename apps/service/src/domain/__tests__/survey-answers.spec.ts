import { CrmError } from '@crm/errors';
import { erasedAnswers, ERASED_TEXT, parseSurveyAnswers } from '../survey-answers';
import type { SurveyQuestion } from '../survey-question';

const QUESTIONS: SurveyQuestion[] = [
  { id: 'q1', kind: 'CSAT', prompt: 'Satisfied?', required: true, options: [] },
  { id: 'q2', kind: 'NPS', prompt: 'Recommend?', required: true, options: [] },
  { id: 'q3', kind: 'CHOICE', prompt: 'Best part?', required: false, options: ['Speed', 'Kindness'] },
  { id: 'q4', kind: 'TEXT', prompt: 'Anything else?', required: false, options: [] },
];

const problemsOf = (answers: { questionId: string; value: string }[]) => {
  try {
    parseSurveyAnswers(QUESTIONS, answers);
  } catch (error) {
    if (error instanceof CrmError) return error.problems;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('parseSurveyAnswers', () => {
  it('records the answers and takes the CSAT and NPS scores from them', () => {
    expect(
      parseSurveyAnswers(QUESTIONS, [
        { questionId: 'q2', value: '9' },
        { questionId: 'q1', value: ' 4 ' },
        { questionId: 'q4', value: 'Thanks!' },
      ]),
    ).toEqual({
      answers: [
        { questionId: 'q2', kind: 'NPS', value: '9' },
        { questionId: 'q1', kind: 'CSAT', value: '4' },
        { questionId: 'q4', kind: 'TEXT', value: 'Thanks!' },
      ],
      csatScore: 4,
      npsScore: 9,
    });
  });

  it('accepts the ends of each scale: CSAT 1 and 5, NPS 0 and 10', () => {
    expect(
      parseSurveyAnswers(QUESTIONS, [
        { questionId: 'q1', value: '1' },
        { questionId: 'q2', value: '0' },
      ]),
    ).toMatchObject({ csatScore: 1, npsScore: 0 });
    expect(
      parseSurveyAnswers(QUESTIONS, [
        { questionId: 'q1', value: '5' },
        { questionId: 'q2', value: '10' },
      ]),
    ).toMatchObject({ csatScore: 5, npsScore: 10 });
  });

  it('names each value that does not fit its question: answers[i].value', () => {
    expect(
      problemsOf([
        { questionId: 'q1', value: '6' },
        { questionId: 'q2', value: '4.5' },
        { questionId: 'q3', value: 'Price' },
        { questionId: 'q4', value: '' },
      ]),
    ).toEqual([
      { field: 'answers[0].value', message: 'CSAT answers are a whole number from 1 to 5 (got "6")' },
      { field: 'answers[1].value', message: 'NPS answers are a whole number from 0 to 10 (got "4.5")' },
      { field: 'answers[2].value', message: 'must be one of "Speed", "Kindness" (got "Price")' },
      { field: 'answers[3].value', message: 'must not be empty; leave an optional question out to skip it' },
    ]);
  });

  it('refuses unknown and repeated questions, and missing required ones', () => {
    expect(
      problemsOf([
        { questionId: 'q1', value: '5' },
        { questionId: 'q9', value: '5' },
        { questionId: 'q1', value: '4' },
      ]),
    ).toEqual([
      { field: 'answers[1].questionId', message: 'the survey has no question q9' },
      { field: 'answers[2].questionId', message: 'question q1 is answered twice' },
      { field: 'answers', message: 'question q2 ("Recommend?") must be answered' },
    ]);
  });

  it('refuses text Postgres cannot store', () => {
    expect(problemsOf([{ questionId: 'q4', value: 'a\u0000b' }])[0].field).toBe('answers[0].value');
  });
});

describe('erasedAnswers', () => {
  it('replaces free text only, and says when there is nothing to erase', () => {
    const answers = [
      { questionId: 'q1', kind: 'CSAT' as const, value: '5' },
      { questionId: 'q4', kind: 'TEXT' as const, value: 'Call me at +49 170 1234567' },
    ];
    expect(erasedAnswers(answers)).toEqual([answers[0], { ...answers[1], value: ERASED_TEXT }]);
    expect(erasedAnswers(erasedAnswers(answers)!)).toBeNull();
    expect(erasedAnswers([answers[0]])).toBeNull();
  });
});
