import { z } from 'zod';
import { badUserInputs, type FieldProblem } from '@crm/errors';
import { nulProblemsOf } from './survey-nul-problems';

export const SURVEY_QUESTION_KINDS = ['CSAT', 'NPS', 'CHOICE', 'TEXT'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** One question as stored in the survey; `id` is what an answer names. */
export interface SurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  prompt: string;
  required: boolean;
  /** CHOICE only: what the customer picks from. */
  options: string[];
}

/** The scales of the two scored kinds: CSAT 1–5 (very unsatisfied … very satisfied), NPS 0–10. */
export const SCALES = { CSAT: { min: 1, max: 5 }, NPS: { min: 0, max: 10 } } as const;

export const MAX_QUESTIONS = 20;
const MAX_OPTIONS = 10;

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const questionSchema = z.object({
  kind: z.enum(SURVEY_QUESTION_KINDS, { error: `must be one of ${SURVEY_QUESTION_KINDS.join(', ')}` }),
  prompt: text(500),
  required: z.boolean().nullish(),
  options: z.array(text(200)).max(MAX_OPTIONS, `must be at most ${MAX_OPTIONS} options`).nullish(),
});

type QuestionInput = z.input<typeof questionSchema>;

/** The rules zod cannot see from one field: what options a kind takes, one scored question per kind. */
function kindProblems(questions: z.output<typeof questionSchema>[], path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  questions.forEach((question, index) => {
    const field = `${path}[${index}].options`;
    const options = question.options ?? [];
    if (question.kind === 'CHOICE' && options.length < 2)
      problems.push({ field, message: `a CHOICE question needs at least 2 options (got ${options.length})` });
    if (question.kind === 'CHOICE' && new Set(options).size !== options.length)
      problems.push({ field, message: 'must not repeat an option' });
    if (question.kind !== 'CHOICE' && options.length > 0)
      problems.push({ field, message: `only CHOICE questions take options (this one is ${question.kind})` });
  });
  for (const kind of ['CSAT', 'NPS'] as const) {
    const indexes = questions.flatMap((question, index) => (question.kind === kind ? [index] : []));
    // One score of each kind per response keeps CSAT and NPS unambiguous in every report.
    if (indexes.length > 1)
      problems.push({
        field: `${path}[${indexes[1]}].kind`,
        message: `a survey has at most one ${kind} question (also at ${path}[${indexes[0]}])`,
      });
  }
  return problems;
}

/**
 * Validates a survey's questions and gives them their ids (q1, q2… by position): every problem is
 * reported at once with its path, e.g. `input.questions[2].options`.
 */
export function parseSurveyQuestions(input: QuestionInput[], path: string): SurveyQuestion[] {
  const problems: FieldProblem[] = nulProblemsOf(input, path);
  if (input.length === 0) problems.push({ field: path, message: 'must have at least one question' });
  if (input.length > MAX_QUESTIONS)
    problems.push({
      field: path,
      message: `must have at most ${MAX_QUESTIONS} questions (got ${input.length})`,
    });
  const parsed = input.map((question, index) => {
    const result = questionSchema.safeParse(question);
    if (!result.success)
      for (const issue of result.error.issues)
        problems.push({ field: [`${path}[${index}]`, ...issue.path].join('.'), message: issue.message });
    return result.data;
  });
  const valid = parsed.filter((question) => question !== undefined);
  if (valid.length === parsed.length) problems.push(...kindProblems(valid, path));
  if (problems.length > 0) throw badUserInputs(problems);
  return valid.map((question, index) => ({
    id: `q${index + 1}`,
    kind: question.kind,
    prompt: question.prompt,
    // Scored questions are what the survey is for; the others are optional unless said otherwise.
    required: question.required ?? (question.kind === 'CSAT' || question.kind === 'NPS'),
    options: question.options ?? [],
  }));
}
