import { badUserInput } from '@crm/errors';

/**
 * A survey's life: designed as a DRAFT, ACTIVE while it goes out to its queue's customers,
 * RETIRED when replaced or withdrawn (final: a survey with answers is never edited again).
 */
export const SURVEY_TRANSITIONS = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['RETIRED'],
  RETIRED: [],
} as const satisfies Record<string, readonly string[]>;

export type SurveyStatus = keyof typeof SURVEY_TRANSITIONS;

export const SURVEY_STATUSES = Object.keys(SURVEY_TRANSITIONS) as SurveyStatus[];

/** Refuses a move the lifecycle does not allow, naming where the survey is and where it was sent. */
export function assertSurveyMove(from: SurveyStatus, to: SurveyStatus, field: string): void {
  if ((SURVEY_TRANSITIONS[from] as readonly SurveyStatus[]).includes(to)) return;
  const allowed: readonly SurveyStatus[] = SURVEY_TRANSITIONS[from];
  const options = allowed.length > 0 ? `from ${from} it can go to ${allowed.join(', ')}` : `${from} is final`;
  throw badUserInput(field, `a survey cannot move from ${from} to ${to}; ${options}`);
}

/** Only a draft's questions may change: answers already given must keep their meaning. */
export function assertEditable(status: SurveyStatus, field: string): void {
  if (status !== 'DRAFT')
    throw badUserInput(
      field,
      `the survey is ${status} and cannot be edited; only a DRAFT can (create a new survey instead)`,
    );
}
