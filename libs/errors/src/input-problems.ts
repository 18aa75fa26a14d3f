import { ErrorCode } from './error-code';
import { badUserInputs, CrmError, type FieldProblem } from './crm-error';

/**
 * Collects the invalid fields of one input so the client learns them all in one answer:
 *
 *   const problems = new InputProblems();
 *   const email = problems.check(() => parseEmail('input.email', input.email));
 *   const website = problems.check(() => parseWebsite('input.website', input.website));
 *   problems.throwIfAny();
 *
 * Only BAD_USER_INPUT is collected; any other error is thrown at once.
 */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  /** The parsed value, or undefined when `parse` refused it (the problem is kept). */
  check<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof CrmError) || error.code !== ErrorCode.BadUserInput) throw error;
      this.problems.push(...error.problems);
      return undefined;
    }
  }

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw badUserInputs(this.problems);
  }
}
