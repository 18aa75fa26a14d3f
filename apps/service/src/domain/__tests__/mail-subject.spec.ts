import { replySubject, ticketNumberInSubject, ticketSubjectOfMail } from '../mail-subject';

describe('ticket numbers in mail subjects', () => {
  it('finds [#1042] anywhere in the subject', () => {
    expect(ticketNumberInSubject('Re: [#1042] Printer on fire')).toBe(1042);
    expect(ticketNumberInSubject('AW: Printer [#7] still on fire')).toBe(7);
    expect(ticketNumberInSubject('Printer #1042')).toBeNull();
    expect(ticketNumberInSubject('[#] nothing')).toBeNull();
  });

  it('writes every reply as Re: [#number] subject', () => {
    expect(replySubject({ number: 1042, subject: 'Printer on fire' })).toBe('Re: [#1042] Printer on fire');
  });

  it('takes a ticket subject from a mail without prefixes and tokens, never empty, at most 200', () => {
    expect(ticketSubjectOfMail('Re: Fwd: [#1042]  Printer on fire')).toBe('Printer on fire');
    expect(ticketSubjectOfMail('AW[2]: Drucker')).toBe('Drucker');
    expect(ticketSubjectOfMail('   ')).toBe('(no subject)');
    expect(ticketSubjectOfMail('x'.repeat(300))).toHaveLength(200);
  });
});
