import { ERASED_TICKET_SUBJECT, erasedTicketText } from '../ticket-erasure';

describe('erasedTicketText', () => {
  it('replaces the subject and drops the description', () => {
    expect(erasedTicketText({ subject: 'Jane’s printer', description: 'Call Jane' })).toEqual({
      subject: ERASED_TICKET_SUBJECT,
      description: null,
    });
  });

  it('leaves an erased ticket alone', () => {
    expect(erasedTicketText({ subject: ERASED_TICKET_SUBJECT, description: null })).toBeNull();
  });
});
