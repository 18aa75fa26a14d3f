import { assertAgendaWindow, assertCompletable, isOverdue, isReminderDue } from '../activity-status';

const now = new Date('2026-12-01T12:00:00Z');
const activity = (overrides: Partial<{ dueAt: Date; remindAt: Date | null; completedAt: Date | null }>) => ({
  dueAt: new Date('2026-12-01T11:00:00Z'),
  remindAt: null,
  completedAt: null,
  ...overrides,
});

describe('activity status', () => {
  it('is overdue when not done and past due', () => {
    expect(isOverdue(activity({}), now)).toBe(true);
    expect(isOverdue(activity({ dueAt: new Date('2026-12-01T13:00:00Z') }), now)).toBe(false);
    expect(isOverdue(activity({ completedAt: now }), now)).toBe(false);
  });

  it('has a reminder due when its time has come and it is not done', () => {
    expect(isReminderDue(activity({ remindAt: now }), now)).toBe(true);
    expect(isReminderDue(activity({ remindAt: new Date('2026-12-01T12:00:01Z') }), now)).toBe(false);
    expect(isReminderDue(activity({ remindAt: now, completedAt: now }), now)).toBe(false);
    expect(isReminderDue(activity({}), now)).toBe(false);
  });

  it('is completed once', () => {
    expect(() => assertCompletable(activity({}), 'id')).not.toThrow();
    expect(() => assertCompletable(activity({ completedAt: now }), 'id')).toThrow(/^id: .*already completed/);
  });

  it('lists an agenda of at most 92 days forward', () => {
    expect(() => assertAgendaWindow(now, new Date('2027-03-01T00:00:00Z'))).not.toThrow();
    expect(() => assertAgendaWindow(now, now)).toThrow(/^to: must be after from/);
    expect(() => assertAgendaWindow(now, new Date('2027-06-01T00:00:00Z'))).toThrow(/at most 92 days/);
  });
});
