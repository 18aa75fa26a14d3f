import { ROUND_THE_CLOCK, WEEKDAYS, type BusinessCalendar } from '../business-calendar';
import { earliestOpenDue, milestonesDue, milestoneKey, nextCheckAt } from '../sla-milestones';
import { pausesFromHistory } from '../sla-pauses';
import type { SlaPolicyTerms } from '../sla-policy';
import { evaluateSla, type SlaFacts } from '../ticket-sla';

const policy: SlaPolicyTerms = {
  id: 'p1',
  queueId: null,
  priority: 'HIGH',
  customerTier: null,
  firstResponseMinutes: 60,
  resolutionMinutes: 240,
  warningShare: 0.75,
  escalationAction: 'RAISE_PRIORITY',
  escalationQueueId: null,
};
const officeHours: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  weeklyHours: WEEKDAYS.slice(0, 5).map((day) => ({ day, startMinute: 9 * 60, endMinute: 17 * 60 })),
  holidays: [],
};
const opened = new Date('2026-12-07T08:00:00Z'); // Monday 09:00 in Berlin
const facts = (overrides: Partial<SlaFacts>): SlaFacts => ({
  openedAt: opened,
  firstRespondedAt: null,
  resolvedAt: null,
  pauses: [],
  calendar: officeHours,
  policy,
  now: opened,
  ...overrides,
});

describe('a ticket SLA at a moment', () => {
  it('is OK, then WARNING at the share of the target, then BREACHED at the target', () => {
    const ok = evaluateSla(facts({ now: new Date('2026-12-07T08:44:00Z') }));
    expect(ok.firstResponse).toMatchObject({
      state: 'OK',
      elapsedMinutes: 44,
      remainingMinutes: 16,
      dueAt: new Date('2026-12-07T09:00:00Z'),
      warnAt: new Date('2026-12-07T08:45:00Z'),
    });
    expect(ok.state).toBe('OK');
    expect(evaluateSla(facts({ now: new Date('2026-12-07T08:45:00Z') })).state).toBe('WARNING');
    const late = evaluateSla(facts({ now: new Date('2026-12-07T09:10:00Z') }));
    expect(late.firstResponse).toMatchObject({ state: 'BREACHED', remainingMinutes: -10 });
    expect(late.resolution).toMatchObject({ state: 'OK', remainingMinutes: 170 });
    expect(late.state).toBe('BREACHED');
  });

  it('is MET when answered in time and BREACHED when answered late', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const inTime = evaluateSla(facts({ now, firstRespondedAt: new Date('2026-12-07T08:30:00Z') }));
    expect(inTime.firstResponse).toMatchObject({ state: 'MET', elapsedMinutes: 30 });
    expect(inTime.state).toBe('OK');
    const late = evaluateSla(facts({ now, firstRespondedAt: new Date('2026-12-07T09:30:00Z') }));
    expect(late.firstResponse.state).toBe('BREACHED');
    const resolved = evaluateSla(
      facts({
        now,
        firstRespondedAt: new Date('2026-12-07T08:30:00Z'),
        resolvedAt: new Date('2026-12-07T09:00:00Z'),
      }),
    );
    expect(resolved).toMatchObject({ state: 'MET', paused: false });
  });

  it('is PAUSED while waiting on the customer and does not breach meanwhile', () => {
    const pauses = pausesFromHistory([
      { toStatus: 'NEW', changedAt: opened },
      { toStatus: 'IN_PROGRESS', changedAt: new Date('2026-12-07T08:10:00Z') },
      { toStatus: 'WAITING_ON_CUSTOMER', changedAt: new Date('2026-12-07T08:30:00Z') },
    ]);
    const sla = evaluateSla(facts({ pauses, now: new Date('2026-12-08T15:00:00Z') }));
    expect(sla).toMatchObject({ state: 'PAUSED', paused: true });
    expect(sla.firstResponse).toMatchObject({
      state: 'PAUSED',
      elapsedMinutes: 30,
      remainingMinutes: 30,
      dueAt: null,
    });
  });

  it('resumes after the pause with the paused time added to the due time', () => {
    const pauses = pausesFromHistory([
      { toStatus: 'IN_PROGRESS', changedAt: new Date('2026-12-07T08:10:00Z') },
      { toStatus: 'WAITING_ON_CUSTOMER', changedAt: new Date('2026-12-07T08:30:00Z') },
      { toStatus: 'IN_PROGRESS', changedAt: new Date('2026-12-07T10:30:00Z') },
    ]);
    const sla = evaluateSla(facts({ pauses, now: new Date('2026-12-07T10:40:00Z') }));
    expect(sla.firstResponse).toMatchObject({
      dueAt: new Date('2026-12-07T11:00:00Z'),
      elapsedMinutes: 40,
      state: 'OK',
    });
  });

  it('counts every minute with the round-the-clock calendar', () => {
    const sla = evaluateSla(facts({ calendar: ROUND_THE_CLOCK, now: new Date('2026-12-07T10:00:00Z') }));
    expect(sla.resolution).toMatchObject({ elapsedMinutes: 120, dueAt: new Date('2026-12-07T12:00:00Z') });
  });
});

describe('SLA milestones the scheduler announces', () => {
  it('names what came due, once, and when to look next', () => {
    const sla = evaluateSla(facts({ now: new Date('2026-12-07T09:00:00Z') }));
    const announced = new Set<string>();
    const due = milestonesDue(sla, announced, new Date('2026-12-07T09:00:00Z'));
    expect(due.map(milestoneKey)).toEqual(['FIRST_RESPONSE:WARNING', 'FIRST_RESPONSE:BREACH']);
    due.forEach((milestone) => announced.add(milestoneKey(milestone)));
    expect(milestonesDue(sla, announced, new Date('2026-12-07T09:00:00Z'))).toEqual([]);
    // Resolution: 240 min × 0.75 = 180 business minutes after 09:00 local.
    expect(nextCheckAt(sla, announced)).toEqual(new Date('2026-12-07T11:00:00Z'));
    expect(earliestOpenDue(sla)).toEqual(new Date('2026-12-07T09:00:00Z'));
  });

  it('has nothing ahead for met targets', () => {
    const sla = evaluateSla(
      facts({
        firstRespondedAt: new Date('2026-12-07T08:05:00Z'),
        resolvedAt: new Date('2026-12-07T08:10:00Z'),
      }),
    );
    expect(nextCheckAt(sla, new Set())).toBeNull();
    expect(earliestOpenDue(sla)).toBeNull();
  });
});
