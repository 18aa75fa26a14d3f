import { badUserInputs, type FieldProblem } from '@crm/errors';
import { nulProblemsOf } from './survey-nul-problems';
import { SCALES, type SurveyQuestion, type SurveyQuestionKind } from './survey-question';

/** What the customer sent for one question: scores as digits, a CHOICE as the option's text. */
export interface SurveyAnswerInput {
  questionId: string;
  value: string;
}

/** One answer as recorded, with its question's kind so reports need not read the survey. */
export interface RecordedAnswer {
  questionId: string;
  kind: SurveyQuestionKind;
  value: string;
}

export interface ParsedResponse {
  answers: RecordedAnswer[];
  /** The CSAT question's answer (1–5), null when skipped or not asked. */
  csatScore: number | null;
  /** The NPS question's answer (0–10), null when skipped or not asked. */
  npsScore: number | null;
}

const MAX_TEXT = 2_000;

/** Why `value` is no answer to `question`, or null when it is one. */
function valueProblem(question: SurveyQuestion, value: string): string | null {
  if (question.kind === 'CSAT' || question.kind === 'NPS') {
    const { min, max } = SCALES[question.kind];
    const score = Number(value);
    if (!/^\d{1,2}$/.test(value) || score < min || score > max)
      return `${question.kind} answers are a whole number from ${min} to ${max} (got "${value}")`;
    return null;
  }
  if (question.kind === 'CHOICE')
    return question.options.includes(value)
      ? null
      : `must be one of ${question.options.map((option) => `"${option}"`).join(', ')} (got "${value}")`;
  if (value.length === 0) return 'must not be empty; leave an optional question out to skip it';
  return value.length > MAX_TEXT ? `must be at most ${MAX_TEXT} characters (got ${value.length})` : null;
}

const scoreOf = (answers: RecordedAnswer[], kind: 'CSAT' | 'NPS') => {
  const answer = answers.find((candidate) => candidate.kind === kind);
  return answer ? Number(answer.value) : null;
};

/**
 * Checks a customer's answers against the survey's questions: each names a question of the survey
 * once, fits its kind, and every required question is answered. All problems at once, by path
 * (`answers[2].value`, `answers[0].questionId`, `answers` for a missing required answer).
 */
export function parseSurveyAnswers(
  questions: SurveyQuestion[],
  input: SurveyAnswerInput[],
  path = 'answers',
): ParsedResponse {
  const problems: FieldProblem[] = nulProblemsOf(input, path);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const answered = new Set<string>();
  const answers: RecordedAnswer[] = [];
  input.forEach(({ questionId, value }, index) => {
    const question = byId.get(questionId);
    const at = `${path}[${index}]`;
    if (!question) {
      problems.push({ field: `${at}.questionId`, message: `the survey has no question ${questionId}` });
      return;
    }
    if (answered.has(questionId)) {
      problems.push({ field: `${at}.questionId`, message: `question ${questionId} is answered twice` });
      return;
    }
    answered.add(questionId);
    const trimmed = value.trim();
    const problem = valueProblem(question, trimmed);
    if (problem) problems.push({ field: `${at}.value`, message: problem });
    else answers.push({ questionId, kind: question.kind, value: trimmed });
  });
  for (const question of questions)
    if (question.required && !answered.has(question.id))
      problems.push({
        field: path,
        message: `question ${question.id} ("${question.prompt}") must be answered`,
      });
  if (problems.length > 0) throw badUserInputs(problems);
  return { answers, csatScore: scoreOf(answers, 'CSAT'), npsScore: scoreOf(answers, 'NPS') };
}

/** What an erased customer's response keeps (GDPR Art. 17): scores and choices, not their words. */
export const ERASED_TEXT = '[erased]';

/** The answers with free text replaced, or null when there was none to erase. */
export function erasedAnswers(answers: RecordedAnswer[]): RecordedAnswer[] | null {
  if (!answers.some((answer) => answer.kind === 'TEXT' && answer.value !== ERASED_TEXT)) return null;
  return answers.map((answer) => (answer.kind === 'TEXT' ? { ...answer, value: ERASED_TEXT } : answer));
}
