import type { BusinessCalendar } from './business-calendar';
import { addBusinessTime, businessTimeBetween, type Pause } from './business-time';
import type { SlaPolicyTerms, SlaTarget } from './sla-policy';

const MINUTE = 60_000;

/** OK → WARNING (past the policy's share) → BREACHED (past the target); MET once answered in time; PAUSED while the clock stands. */
export const SLA_STATES = ['OK', 'WARNING', 'BREACHED', 'MET', 'PAUSED'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export interface SlaFacts {
  openedAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  pauses: Pause[];
  calendar: BusinessCalendar;
  policy: SlaPolicyTerms;
  now: Date;
}

export interface TargetClock {
  target: SlaTarget;
  targetMinutes: number;
  /** When the target falls due; null while the clock is paused before it. */
  dueAt: Date | null;
  /** When the ticket enters WARNING; null while the clock is paused before it. */
  warnAt: Date | null;
  /** When the target was met (answered or resolved), null while open. */
  metAt: Date | null;
  elapsedMinutes: number;
  /** Business minutes left; negative once overdue. */
  remainingMinutes: number;
  state: SlaState;
}

export interface TicketSla {
  firstResponse: TargetClock;
  resolution: TargetClock;
  /** The worst of the two: BREACHED, WARNING, PAUSED, OK, then MET. */
  state: SlaState;
  paused: boolean;
}

const SEVERITY: SlaState[] = ['MET', 'OK', 'PAUSED', 'WARNING', 'BREACHED'];

/** The SLA of a ticket at `now`: due times, business time used and left, and state per target. */
export function evaluateSla(facts: SlaFacts): TicketSla {
  const paused = facts.pauses.some((pause) => pause.end === null && pause.start <= facts.now.getTime());
  const firstResponse = targetClock(
    facts,
    'FIRST_RESPONSE',
    facts.policy.firstResponseMinutes,
    facts.firstRespondedAt,
    paused,
  );
  const resolution = targetClock(
    facts,
    'RESOLUTION',
    facts.policy.resolutionMinutes,
    facts.resolvedAt,
    paused,
  );
  const state = [firstResponse.state, resolution.state].reduce((worst, next) =>
    SEVERITY.indexOf(next) > SEVERITY.indexOf(worst) ? next : worst,
  );
  return { firstResponse, resolution, state, paused: paused && state !== 'MET' };
}

function targetClock(
  facts: SlaFacts,
  target: SlaTarget,
  targetMinutes: number,
  metAt: Date | null,
  paused: boolean,
): TargetClock {
  const { calendar, pauses, openedAt, policy } = facts;
  const opened = openedAt.getTime();
  const targetMs = targetMinutes * MINUTE;
  const until = Math.max(opened, (metAt ?? facts.now).getTime());
  const elapsed = businessTimeBetween(calendar, opened, until, pauses);
  const dueAt = addBusinessTime(calendar, opened, targetMs, pauses);
  const warnAt = addBusinessTime(calendar, opened, Math.round(targetMs * policy.warningShare), pauses);
  const elapsedMinutes = Math.floor(elapsed / MINUTE);
  return {
    target,
    targetMinutes,
    dueAt: dueAt === null ? null : new Date(dueAt),
    warnAt: warnAt === null ? null : new Date(warnAt),
    metAt,
    elapsedMinutes,
    remainingMinutes: targetMinutes - elapsedMinutes,
    state: stateOf(elapsed, targetMs, policy.warningShare, metAt !== null, paused),
  };
}

function stateOf(
  elapsed: number,
  targetMs: number,
  warningShare: number,
  met: boolean,
  paused: boolean,
): SlaState {
  if (elapsed >= targetMs) return 'BREACHED';
  if (met) return 'MET';
  if (paused) return 'PAUSED';
  return elapsed >= targetMs * warningShare ? 'WARNING' : 'OK';
}

export interface SlaTicketTimes {
  createdAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
}

export interface SlaSetting {
  policy: SlaPolicyTerms | null;
  calendar: BusinessCalendar;
  pauses: Pause[];
}

/** The SLA of a ticket under its setting; null when no policy covers the ticket. */
export function slaOfTicket(ticket: SlaTicketTimes, setting: SlaSetting, now: Date): TicketSla | null {
  if (!setting.policy) return null;
  return evaluateSla({
    openedAt: ticket.createdAt,
    firstRespondedAt: ticket.firstRespondedAt,
    resolvedAt: ticket.resolvedAt,
    pauses: setting.pauses,
    calendar: setting.calendar,
    policy: setting.policy,
    now,
  });
}
