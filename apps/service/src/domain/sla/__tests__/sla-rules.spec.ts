import { CrmError } from '@crm/errors';
import { parseBusinessCalendar, type BusinessCalendarInputShape } from '../business-calendar-input';
import { escalate } from '../sla-escalation';
import { policyFor, type SlaPolicyTerms } from '../sla-policy';
import { parseSlaPolicy } from '../sla-policy-input';

const terms = (overrides: Partial<SlaPolicyTerms>): SlaPolicyTerms => ({
  id: 'x',
  queueId: null,
  priority: 'NORMAL',
  customerTier: null,
  firstResponseMinutes: 60,
  resolutionMinutes: 480,
  warningShare: 0.75,
  escalationAction: 'RAISE_PRIORITY',
  escalationQueueId: null,
  ...overrides,
});

function problemsOf(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    if (error instanceof CrmError) return error.problems;
    throw error;
  }
  throw new Error('no problem reported');
}

describe('choosing a policy', () => {
  const general = terms({ id: 'general' });
  const tierA = terms({ id: 'tier-a', customerTier: 'A' });
  const urgent = terms({ id: 'urgent', priority: 'URGENT' });
  const ofQueue = terms({ id: 'queue', queueId: 'q1' });
  const ofQueueTierA = terms({ id: 'queue-a', queueId: 'q1', customerTier: 'A' });
  const all = [general, tierA, urgent, ofQueue, ofQueueTierA];
  const pick = (
    policies: SlaPolicyTerms[],
    priority: 'NORMAL' | 'HIGH',
    queueId: string | null,
    tier: 'A' | 'B' | 'C' | null,
  ) => policyFor(policies, { priority, queueId, tier })?.id ?? null;

  it("takes the queue's own policy first, then the general ones; the tier's before the tier-less", () => {
    expect(pick(all, 'NORMAL', 'q1', 'A')).toBe('queue-a');
    expect(pick(all, 'NORMAL', 'q1', 'B')).toBe('queue');
    expect(pick(all, 'NORMAL', 'q2', 'A')).toBe('tier-a');
    expect(pick(all, 'NORMAL', null, 'B')).toBe('general');
    expect(pick([general, tierA, ofQueueTierA], 'NORMAL', 'q1', 'B')).toBe('general');
    expect(pick([tierA], 'NORMAL', null, 'C')).toBeNull();
    expect(pick(all, 'HIGH', 'q1', 'A')).toBeNull();
  });
});

describe('escalating a breaching ticket', () => {
  const ticket = { priority: 'NORMAL' as const, queueId: 'q1', assigneeId: 'agent' };

  it('raises the priority one step, up to URGENT', () => {
    const rule = { escalationAction: 'RAISE_PRIORITY' as const, escalationQueueId: null };
    expect(escalate(ticket, rule, null)).toEqual({ ...ticket, priority: 'HIGH' });
    expect(escalate({ ...ticket, priority: 'URGENT' }, rule, null)).toBeNull();
  });

  it("reassigns to the queue's manager when there is one", () => {
    const rule = { escalationAction: 'REASSIGN_TO_QUEUE_MANAGER' as const, escalationQueueId: null };
    expect(escalate(ticket, rule, 'boss')).toEqual({ ...ticket, assigneeId: 'boss' });
    expect(escalate(ticket, rule, null)).toBeNull();
    expect(escalate({ ...ticket, assigneeId: 'boss' }, rule, 'boss')).toBeNull();
  });

  it('moves to the escalation queue, unassigned', () => {
    const rule = { escalationAction: 'MOVE_TO_QUEUE' as const, escalationQueueId: 'q2' };
    expect(escalate(ticket, rule, null)).toEqual({ ...ticket, queueId: 'q2', assigneeId: null });
    expect(escalate({ ...ticket, queueId: 'q2' }, rule, null)).toBeNull();
  });
});

describe('business calendar input', () => {
  const valid: BusinessCalendarInputShape = {
    name: ' Berlin office ',
    timeZone: 'Europe/Berlin',
    weeklyHours: [
      { day: 'MONDAY', start: '09:00', end: '12:00' },
      { day: 'MONDAY', start: '13:00', end: '24:00' },
    ],
    holidays: ['2026-12-25', '2026-12-24', '2026-12-25'],
  };

  it('parses hours into minutes and sorts the holidays', () => {
    expect(parseBusinessCalendar(valid)).toEqual({
      name: 'Berlin office',
      timeZone: 'Europe/Berlin',
      queueId: null,
      weeklyHours: [
        { day: 'MONDAY', startMinute: 540, endMinute: 720 },
        { day: 'MONDAY', startMinute: 780, endMinute: 1440 },
      ],
      holidays: ['2026-12-24', '2026-12-25'],
    });
  });

  it('names every bad field: unknown zone, overlapping hours, end before start, bad dates', () => {
    const problems = problemsOf(() =>
      parseBusinessCalendar({
        ...valid,
        timeZone: 'Mars/Olympus',
        weeklyHours: [
          { day: 'MONDAY', start: '09:00', end: '17:00' },
          { day: 'MONDAY', start: '16:00', end: '18:00' },
          { day: 'TUESDAY', start: '10:00', end: '09:00' },
          { day: 'FUNDAY', start: '10:00', end: '11:00' },
        ],
        holidays: ['2026-02-30'],
      }),
    );
    expect(problems).toEqual([
      { field: 'input.timeZone', message: expect.stringContaining('IANA time zone') },
      {
        field: 'input.weeklyHours.1',
        message: 'MONDAY 16:00–18:00 overlaps MONDAY 09:00–17:00 (input.weeklyHours.0)',
      },
      { field: 'input.weeklyHours.2.end', message: expect.stringContaining('after the start') },
      { field: 'input.weeklyHours.3.day', message: expect.stringContaining('MONDAY') },
      { field: 'input.holidays.0', message: expect.stringContaining('YYYY-MM-DD') },
    ]);
  });

  it('needs at least one opening span', () => {
    expect(problemsOf(() => parseBusinessCalendar({ ...valid, weeklyHours: [] }))).toEqual([
      { field: 'input.weeklyHours', message: expect.stringContaining('at least one') },
    ]);
  });
});

describe('SLA policy input', () => {
  const valid = {
    name: 'High',
    priority: 'HIGH',
    firstResponseMinutes: 60,
    resolutionMinutes: 480,
    escalationAction: 'RAISE_PRIORITY',
  };

  it('defaults the warning share to 0.75 and drops a queue the action does not use', () => {
    expect(
      parseSlaPolicy({ ...valid, escalationQueueId: '01950c80-0000-7000-8000-0000000000a1' }),
    ).toMatchObject({
      warningShare: 0.75,
      customerTier: null,
      escalationQueueId: null,
    });
  });

  it('names every bad field', () => {
    const problems = problemsOf(() =>
      parseSlaPolicy({
        ...valid,
        priority: 'CRITICAL',
        customerTier: 'Z',
        firstResponseMinutes: 0,
        resolutionMinutes: -1,
        warningShare: 1.5,
        escalationAction: 'MOVE_TO_QUEUE',
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'input.priority',
      'input.customerTier',
      'input.firstResponseMinutes',
      'input.resolutionMinutes',
      'input.resolutionMinutes',
      'input.warningShare',
      'input.escalationQueueId',
    ]);
  });
});
