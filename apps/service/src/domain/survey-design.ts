import { z } from 'zod';
import { InputProblems, badUserInput } from '@crm/errors';
import { parseSurveyQuestions, type SurveyQuestion } from './survey-question';

/** What a support manager designs: a name, the queue it serves (null: the default) and questions. */
export interface SurveyDesign {
  name: string;
  queueId: string | null;
  questions: SurveyQuestion[];
}

export interface SurveyDesignInput {
  name: string;
  queueId?: string | null;
  questions: Parameters<typeof parseSurveyQuestions>[0];
}

const nameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const queueSchema = z
  .uuid('must be a support team id (UUID)')
  .nullish()
  .transform((id) => id?.toLowerCase() ?? null);

function parseWith<T>(schema: z.ZodType<T, unknown>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw badUserInput(field, result.error.issues[0].message);
  return result.data;
}

/** Validates createSurvey's / updateSurvey's input; every invalid field is reported at once. */
export function parseSurveyDesign(input: SurveyDesignInput, path = 'input'): SurveyDesign {
  const problems = new InputProblems();
  const name = problems.check(() => parseWith(nameSchema, input.name, `${path}.name`));
  const queueId = problems.check(() => parseWith(queueSchema, input.queueId, `${path}.queueId`));
  const questions = problems.check(() => parseSurveyQuestions(input.questions, `${path}.questions`));
  problems.throwIfAny();
  return { name: name!, queueId: queueId ?? null, questions: questions! };
}
