import { badUserInputs, type FieldProblem } from '@crm/errors';
import type { TicketCategory } from './ticket-category';

export interface ClosingNotes {
  rootCause: string | null;
  correctiveAction: string | null;
}

/**
 * A complaint closes only once its root cause and the corrective action are written down
 * (ISO 10002 §8.4: a complaint is closed when the action taken is recorded); other tickets
 * close without them.
 */
export function assertClosable(category: TicketCategory, notes: ClosingNotes, path: string): void {
  if (category !== 'COMPLAINT') return;
  const problems: FieldProblem[] = [];
  if (!notes.rootCause)
    problems.push({ field: `${path}.rootCause`, message: 'a complaint closes only with its root cause' });
  if (!notes.correctiveAction)
    problems.push({
      field: `${path}.correctiveAction`,
      message: 'a complaint closes only with the corrective action taken',
    });
  if (problems.length > 0) throw badUserInputs(problems);
}
