import { MailRefusal, type InboundMail } from '@crm/mail';
import {
  commentFieldsOfMail,
  mailboxForRecipients,
  mayAnswerByNumber,
  requesterOfMail,
  ticketFieldsOfMail,
} from '../mail-ticket';

const mail = (overrides: Partial<InboundMail> = {}): InboundMail => ({
  messageId: '<m1@acme.example>',
  from: { address: 'grace@acme.example', name: 'Grace Hopper' },
  to: ['support@crm.localhost'],
  subject: 'Printer on fire',
  text: 'It smokes.',
  html: null,
  inReplyTo: null,
  references: [],
  sentAt: null,
  ...overrides,
});
const mailbox = { id: 'queue-1', address: 'support@crm.localhost', unknownRequesterCustomerId: 'unknown-1' };

describe('mail that opens a ticket', () => {
  it('is filed under the contact’s customer', () => {
    expect(requesterOfMail(mail(), { id: 'contact-1', customerId: 'customer-1' }, mailbox)).toEqual({
      contactId: 'contact-1',
      customerId: 'customer-1',
      email: 'grace@acme.example',
      name: 'Grace Hopper',
    });
  });

  it('from a stranger, under the mailbox’s customer for unknown requesters, address kept', () => {
    expect(requesterOfMail(mail(), null, mailbox)).toMatchObject({
      contactId: null,
      customerId: 'unknown-1',
    });
  });

  it('from a stranger to a mailbox that takes no strangers: refused with 550 5.7.1', () => {
    const closed = { ...mailbox, unknownRequesterCustomerId: null };
    expect(() => requesterOfMail(mail(), null, closed)).toThrow(MailRefusal);
    expect(() => requesterOfMail(mail(), null, closed)).toThrow(/^5\.7\.1 <grace@acme\.example>/);
  });

  it('becomes an EMAIL ticket in the mailbox’s queue, threaded on its Message-ID', () => {
    const requester = requesterOfMail(mail(), null, mailbox);
    expect(ticketFieldsOfMail(mail({ text: '' }), mailbox, requester)).toEqual({
      customerId: 'unknown-1',
      queueId: 'queue-1',
      subject: 'Printer on fire',
      description: null,
      source: 'EMAIL',
      requesterContactId: null,
      requesterEmail: 'grace@acme.example',
      requesterName: 'Grace Hopper',
      sourceMessageId: '<m1@acme.example>',
    });
  });
});

describe('a mailed reply', () => {
  it('becomes a public customer comment, never empty', () => {
    expect(commentFieldsOfMail(mail({ text: '' }))).toMatchObject({
      visibility: 'PUBLIC',
      authorKind: 'CUSTOMER',
      body: '(empty mail)',
      messageId: '<m1@acme.example>',
    });
  });

  it('found by its [#number] only counts from the requester or a contact of the customer', () => {
    const ticket = { customerId: 'customer-1', requesterEmail: 'grace@acme.example' };
    expect(mayAnswerByNumber(ticket, mail(), null)).toBe(true);
    expect(mayAnswerByNumber(ticket, mail({ from: { address: 'eve@evil.example', name: null } }), null)).toBe(
      false,
    );
    expect(
      mayAnswerByNumber(ticket, mail({ from: { address: 'ada@acme.example', name: null } }), {
        customerId: 'customer-1',
      }),
    ).toBe(true);
  });
});

describe('the mailbox of a mail to several addresses', () => {
  it('is the first recipient that is a mailbox; none is 550 5.1.1', () => {
    const boxes = [mailbox, { ...mailbox, id: 'queue-2', address: 'billing@crm.localhost' }];
    expect(
      mailboxForRecipients(['cc@x.example', 'billing@crm.localhost', 'support@crm.localhost'], boxes).id,
    ).toBe('queue-2');
    expect(() => mailboxForRecipients(['cc@x.example'], boxes)).toThrow(/5\.1\.1/);
  });
});
