import {
  invitationExpiry,
  invitationRefusal,
  invitationTokenHash,
  invitationTtlDays,
  newInvitationToken,
} from '../survey-invitation';
import { invitationMail } from '../survey-invitation-mail';

describe('invitation tokens', () => {
  it('are 256-bit, URL-safe, different every time, and stored only as a hash', () => {
    const token = newInvitationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newInvitationToken()).not.toBe(token);
    expect(invitationTokenHash(token)).toBe(invitationTokenHash(token));
    expect(invitationTokenHash(token)).not.toContain(token);
  });
});

describe('invitationRefusal', () => {
  const sentAt = new Date('2026-11-01T12:00:00.000Z');
  const expiresAt = invitationExpiry(sentAt, 14);

  it('expires the link after the configured days', () => {
    expect(expiresAt.toISOString()).toBe('2026-11-15T12:00:00.000Z');
  });

  it('takes an answer until the last millisecond before expiry, once', () => {
    expect(
      invitationRefusal(
        { answeredAt: null, revokedAt: null, expiresAt },
        new Date('2026-11-15T11:59:59.999Z'),
      ),
    ).toBeNull();
    expect(invitationRefusal({ answeredAt: null, revokedAt: null, expiresAt }, expiresAt)).toBe('EXPIRED');
    expect(invitationRefusal({ answeredAt: sentAt, revokedAt: null, expiresAt }, sentAt)).toBe(
      'ALREADY_ANSWERED',
    );
  });

  it('refuses a withdrawn link whatever the time', () => {
    expect(invitationRefusal({ answeredAt: null, revokedAt: sentAt, expiresAt }, sentAt)).toBe('WITHDRAWN');
  });

  it('says a used link was used even after it expired', () => {
    expect(
      invitationRefusal({ answeredAt: sentAt, revokedAt: null, expiresAt }, new Date('2027-01-01')),
    ).toBe('ALREADY_ANSWERED');
  });
});

describe('invitationTtlDays', () => {
  it('defaults to 14 days and names the variable of a bad value', () => {
    expect(invitationTtlDays({})).toBe(14);
    expect(invitationTtlDays({ SURVEY_INVITATION_TTL_DAYS: '30' })).toBe(30);
    expect(() => invitationTtlDays({ SURVEY_INVITATION_TTL_DAYS: '0' })).toThrow(
      /SURVEY_INVITATION_TTL_DAYS/,
    );
    expect(() => invitationTtlDays({ SURVEY_INVITATION_TTL_DAYS: 'two weeks' })).toThrow(/got "two weeks"/);
  });
});

describe('invitationMail', () => {
  it('lists the questions with their ids and scales, and links the token', () => {
    const mail = invitationMail({
      ticketNumber: 1042,
      ticketSubject: 'Printer on fire',
      surveyName: 'After support',
      questions: [
        { id: 'q1', kind: 'CSAT', prompt: 'How satisfied are you?', required: true, options: [] },
        { id: 'q2', kind: 'CHOICE', prompt: 'Best part?', required: false, options: ['Speed', 'Kindness'] },
      ],
      answerUrl: 'https://support.example.com/survey?lang=en',
      token: 'abc_DEF-123',
      expiresAt: new Date('2026-11-15T12:00:00.000Z'),
    });
    expect(mail.subject).toBe('[#1042] How did we do? Printer on fire');
    expect(mail.text).toContain('q1. How satisfied are you? (1 = very unsatisfied … 5 = very satisfied)');
    expect(mail.text).toContain('q2. Best part? (Speed / Kindness) (optional)');
    expect(mail.text).toContain('https://support.example.com/survey?lang=en&token=abc_DEF-123');
    expect(mail.text).toContain('until 2026-11-15T12:00:00.000Z');
  });
});
