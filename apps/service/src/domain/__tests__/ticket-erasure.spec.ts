import { ERASED_TICKET_SUBJECT, erasedTicketText } from '../ticket-erasure';

const erased = {
  subject: ERASED_TICKET_SUBJECT,
  description: null,
  requesterEmail: null,
  requesterName: null,
  resolution: null,
};

describe('erasedTicketText', () => {
  it('replaces the subject and drops the description, resolution and requester details', () => {
    expect(
      erasedTicketText({
        subject: 'Jane’s printer',
        description: 'Call Jane',
        requesterEmail: 'jane@example.com',
        requesterName: 'Jane',
        resolution: 'Told Jane to restart',
      }),
    ).toEqual(erased);
  });

  it('erases a ticket whose only personal data is the requester address', () => {
    expect(erasedTicketText({ ...erased, requesterEmail: 'jane@example.com' })).toEqual(erased);
  });

  it('leaves an erased ticket alone', () => {
    expect(erasedTicketText(erased)).toBeNull();
  });
});
