/** One thing wrong with an event: a JSON Pointer into the event and what is wrong there. */
export interface EventProblem {
  readonly path: string;
  readonly message: string;
}

/** An event that does not match the catalogue: producers cannot emit it, consumers reject it. */
export class EventValidationError extends Error {
  constructor(
    summary: string,
    readonly problems: readonly EventProblem[] = [],
  ) {
    super(
      problems.length === 0
        ? summary
        : `${summary}:\n${problems.map(({ path, message }) => `  - ${path}: ${message}`).join('\n')}`,
    );
    this.name = 'EventValidationError';
  }
}
