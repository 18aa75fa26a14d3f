import { badUserInput } from '@crm/errors';

interface Timed {
  dueAt: Date;
  remindAt: Date | null;
  completedAt: Date | null;
}

/** Not done and past its due time. */
export function isOverdue(activity: Timed, now: Date): boolean {
  return activity.completedAt === null && activity.dueAt < now;
}

/** Not done and its reminder time has come. */
export function isReminderDue(activity: Timed, now: Date): boolean {
  return activity.completedAt === null && activity.remindAt !== null && activity.remindAt <= now;
}

/** Completing twice would move the completion time: the first one stands. */
export function assertCompletable(activity: Timed, field: string): void {
  if (activity.completedAt)
    throw badUserInput(field, `the activity was already completed at ${activity.completedAt.toISOString()}`);
}

const MAX_AGENDA_DAYS = 92;

/** An agenda covers [from, to), at most a quarter. */
export function assertAgendaWindow(start: Date, end: Date): void {
  if (end <= start) throw badUserInput('to', `must be after from (${start.toISOString()})`);
  if (end.getTime() - start.getTime() > MAX_AGENDA_DAYS * 86_400_000)
    throw badUserInput('to', `an agenda covers at most ${MAX_AGENDA_DAYS} days`);
}
