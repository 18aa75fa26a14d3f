import { isReminderToSend } from '../activity-reminder';

const at = (iso: string) => new Date(iso);
const activity = {
  dueAt: at('2030-03-12T09:30:00Z'),
  remindAt: at('2030-03-12T09:15:00Z'),
  completedAt: null,
  reminderSentFor: null,
};

describe('isReminderToSend', () => {
  it('is not due before the reminder time, is due from it on', () => {
    expect(isReminderToSend(activity, at('2030-03-12T09:14:59.999Z'))).toBe(false);
    expect(isReminderToSend(activity, at('2030-03-12T09:15:00Z'))).toBe(true);
    expect(isReminderToSend(activity, at('2030-03-13T00:00:00Z'))).toBe(true);
  });

  it('goes out once per reminder time; a later reminder time arms it again', () => {
    const sent = { ...activity, reminderSentFor: at('2030-03-12T09:15:00Z') };
    expect(isReminderToSend(sent, at('2030-03-12T09:20:00Z'))).toBe(false);
    const moved = { ...sent, remindAt: at('2030-03-12T09:25:00Z') };
    expect(isReminderToSend(moved, at('2030-03-12T09:20:00Z'))).toBe(false);
    expect(isReminderToSend(moved, at('2030-03-12T09:25:00Z'))).toBe(true);
  });

  it('never reminds of a completed activity or one without a reminder', () => {
    const now = at('2030-03-12T10:00:00Z');
    expect(isReminderToSend({ ...activity, completedAt: at('2030-03-12T09:00:00Z') }, now)).toBe(false);
    expect(isReminderToSend({ ...activity, remindAt: null }, now)).toBe(false);
  });
});
