import { badUserInput } from '@crm/errors';

export interface ContractTerms {
  startDate: string;
  endDate: string;
  renewalDate: string;
  renewalReminderDays: number;
  renewalReminderOn: string;
}

const DAY_MS = 86_400_000;

/** Calendar arithmetic on ISO dates in UTC, where days are always 24 hours. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Validates a contract's dates: it ends on or after its start, renews by default on its end date,
 * and the renewal reminder falls `renewalReminderDays` (default 30) before the renewal date.
 */
export function contractTerms(
  input: {
    startDate: string;
    endDate: string;
    renewalDate?: string | null;
    renewalReminderDays?: number | null;
  },
  path = 'input',
): ContractTerms {
  if (input.endDate < input.startDate) {
    throw badUserInput(
      `${path}.endDate`,
      `must be on or after the start date ${input.startDate} (got ${input.endDate})`,
    );
  }
  const renewalDate = input.renewalDate ?? input.endDate;
  if (renewalDate < input.startDate) {
    throw badUserInput(`${path}.renewalDate`, `must be on or after the start date ${input.startDate}`);
  }
  const days = input.renewalReminderDays ?? 30;
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    throw badUserInput(`${path}.renewalReminderDays`, `must be 0 to 365 days (got ${days})`);
  }
  return {
    startDate: input.startDate,
    endDate: input.endDate,
    renewalDate,
    renewalReminderDays: days,
    renewalReminderOn: addDays(renewalDate, -days),
  };
}

/** Today's calendar date in UTC: the platform stores and compares dates in UTC (DESIGN §5). */
export function todayInUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A renewal extends the end date; the renewal date defaults to it and the reminder keeps its lead time. */
export function renewedTerms(
  current: Pick<ContractTerms, 'startDate' | 'endDate' | 'renewalReminderDays'>,
  renewal: { newEndDate: string; renewalDate?: string | null },
  path = 'input',
): ContractTerms {
  if (renewal.newEndDate <= current.endDate)
    throw badUserInput(`${path}.newEndDate`, `must be after the current end date ${current.endDate}`);
  return contractTerms(
    {
      startDate: current.startDate,
      endDate: renewal.newEndDate,
      renewalDate: renewal.renewalDate ?? renewal.newEndDate,
      renewalReminderDays: current.renewalReminderDays,
    },
    path,
  );
}

/** How far ahead contractsDueForRenewal looks: 0 to 3650 days, 30 by default. */
export function parseRenewalWindow(withinDays: number | null | undefined, field = 'withinDays'): number {
  const days = withinDays ?? 30;
  if (!Number.isInteger(days) || days < 0 || days > 3650)
    throw badUserInput(field, `must be 0 to 3650 days (got ${days})`);
  return days;
}
