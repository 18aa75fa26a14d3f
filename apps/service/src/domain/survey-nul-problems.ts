import { nulProblems, type FieldProblem } from '@crm/errors';

/** nulProblems with list positions written as the rest of the survey's errors write them: `answers[2].value`. */
export function nulProblemsOf(input: unknown, path: string): FieldProblem[] {
  return nulProblems(input, path).map((problem) => ({
    ...problem,
    field: problem.field.replace(/\.(\d+)(?=\.|$)/g, '[$1]'),
  }));
}
