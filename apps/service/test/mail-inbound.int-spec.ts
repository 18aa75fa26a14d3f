import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { createMailSender, type OutgoingMail } from '@crm/mail';
import {
  DEMO_ADMIN,
  EventProbe,
  graphqlRequest,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import type { RunningService } from '../src/service-subgraph';
import { restartServiceWithMail, testMailConfig } from './support/service-with-mail';
import {
  createContact,
  createCustomer,
  createSupportManager,
  createSupportTeam,
  send,
  SET_MAILBOX,
  knownToService,
} from './support/support-fixtures';

interface TicketRow {
  id: string;
  number: number;
  customer_id: string;
  queue_id: string;
  source: string;
  subject: string;
  description: string | null;
  status: string;
  requester_contact_id: string | null;
  requester_email: string | null;
  requester_name: string | null;
  source_message_id: string;
}

const MAX_BYTES = 64 * 1024;

describe('support mail in: tickets and replies from SMTP', () => {
  let platform: TestPlatform;
  let service: RunningService;
  let probe: EventProbe;
  let admin: string;
  let manager: string;
  let queueId: string;
  let customerId: string;
  let contactId: string;
  let strangersCustomerId: string;
  const support = `support-${randomUUID().slice(0, 8)}@crm.test`;
  const closedDesk = `vip-${randomUUID().slice(0, 8)}@crm.test`;
  const grace = `grace-${randomUUID().slice(0, 8)}@acme.example`;

  /** Delivers a mail to the service's SMTP listener, as the organisation's MX would. */
  async function deliver(mail: Partial<OutgoingMail> & { to?: string }) {
    const sender = createMailSender({
      host: service.inboundMail.host,
      port: service.inboundMail.port,
      secure: false,
      user: undefined,
      password: undefined,
    });
    try {
      await sender.send({
        from: `Grace Hopper <${grace}>`,
        to: support,
        subject: 'Printer on fire',
        text: 'It smokes since this morning.',
        messageId: `<${randomUUID()}@acme.example>`,
        ...mail,
      });
    } finally {
      sender.close();
    }
  }
  const ticketsBy = (messageId: string): Promise<TicketRow[]> =>
    service.dataSource.query('SELECT * FROM tickets WHERE source_message_id = $1', [messageId]);
  const commentsOf = (ticketId: string) =>
    service.dataSource.query(
      'SELECT visibility, author_kind, author_email, body, message_id FROM ticket_comments WHERE ticket_id = $1 ORDER BY created_at, id',
      [ticketId],
    );

  beforeAll(async () => {
    platform = await startPlatform();
    service = await restartServiceWithMail(
      platform,
      testMailConfig(null, { INBOUND_MAIL_MAX_BYTES: String(MAX_BYTES) }),
    );
    probe = await EventProbe.start(['crm.service.ticket.v1', 'crm.service.queue.v1']);
    admin = await tokenFor();
    const managerId = await createSupportManager(platform, admin);
    queueId = await createSupportTeam(platform, admin, 'Mail desk', managerId);
    manager = await tokenFor({ ...DEMO_ADMIN, userId: managerId, roles: ['SUPPORT_MANAGER'] });
    customerId = await createCustomer(platform, admin, 'Acme Logistics');
    contactId = await createContact(platform, admin, customerId, grace);
    strangersCustomerId = await createCustomer(platform, admin, 'Unknown mail requesters');
    await send(platform, manager, SET_MAILBOX, {
      input: { queueId, address: support.toUpperCase(), unknownRequesterCustomerId: strangersCustomerId },
    });
    const vipQueue = await createSupportTeam(platform, admin, 'VIP desk', managerId);
    await send(platform, manager, SET_MAILBOX, { input: { queueId: vipQueue, address: closedDesk } });
  }, 300_000);
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('a support manager sets a queue’s address; an agent may not; bad input names its fields', async () => {
    const listed = await send<{ queueMailboxes: { address: string; queue: { id: string } }[] }>(
      platform,
      manager,
      `{ queueMailboxes { address queue { id } } }`,
    );
    expect(listed.queueMailboxes).toContainEqual({ address: support, queue: { id: queueId } });
    await waitFor(() =>
      expect(
        probe.messages
          .map((message) => JSON.parse(message.value))
          .filter((event) => event.subject === queueId),
      ).toEqual([
        expect.objectContaining({
          type: 'crm.service.queue.mailbox_set',
          data: expect.objectContaining({ address: support, takesUnknownRequesters: true, version: 1 }),
        }),
      ]),
    );

    const agent = await tokenFor({
      ...DEMO_ADMIN,
      userId: randomUUID(),
      roles: ['SUPPORT_AGENT'],
      teamId: queueId,
    });
    const denied = await graphqlRequest(
      platform.gatewayUrl,
      SET_MAILBOX,
      { input: { queueId, address: support } },
      agent,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const bad = await graphqlRequest(
      platform.gatewayUrl,
      SET_MAILBOX,
      { input: { queueId: 'x', address: 'no mail', version: 0 } },
      manager,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.queueId',
      fields: [
        expect.objectContaining({ field: 'input.queueId' }),
        expect.objectContaining({ field: 'input.address' }),
        expect.objectContaining({ field: 'input.version' }),
      ],
    });
    const taken = await graphqlRequest(
      platform.gatewayUrl,
      SET_MAILBOX,
      { input: { queueId, address: closedDesk } },
      manager,
    );
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.address' });
    const stale = await graphqlRequest(
      platform.gatewayUrl,
      SET_MAILBOX,
      { input: { queueId, address: support, unknownRequesterCustomerId: strangersCustomerId, version: 7 } },
      manager,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('a contact’s mail opens an EMAIL ticket in the queue, for the contact’s customer, once', async () => {
    const messageId = `<${randomUUID()}@acme.example>`;
    await deliver({ messageId, subject: 'Fwd: Printer on fire' });
    await deliver({ messageId, subject: 'Fwd: Printer on fire' }); // the MX delivers it again

    const tickets = await ticketsBy(messageId);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      customer_id: customerId,
      queue_id: queueId,
      source: 'EMAIL',
      subject: 'Printer on fire',
      description: 'It smokes since this morning.',
      status: 'NEW',
      requester_contact_id: contactId,
      requester_email: grace,
      requester_name: 'Grace Hopper',
    });
    const read = await send<{ ticket: { subject: string; customer: { id: string }; queue: { id: string } } }>(
      platform,
      manager,
      `query ($id: ID!) { ticket(id: $id) { subject customer { id } queue { id } } }`,
      { id: tickets[0].id },
    );
    expect(read.ticket).toEqual({
      subject: 'Printer on fire',
      customer: { id: customerId },
      queue: { id: queueId },
    });
    const opened = await waitFor(() => {
      const events = probe.messages.map((message) => JSON.parse(message.value));
      const found = events.filter(
        (event) => event.type === 'crm.service.ticket.opened' && event.subject === tickets[0].id,
      );
      expect(found).toHaveLength(1);
      return found[0];
    });
    expect(opened.data).toMatchObject({
      number: tickets[0].number,
      customerId,
      requesterContactId: contactId,
      queueId,
      source: 'EMAIL',
    });
  });

  it('a reply threads by In-Reply-To / References, else by [#number] from the requester, once', async () => {
    const first = `<${randomUUID()}@acme.example>`;
    await deliver({ messageId: first, subject: 'Cannot log in' });
    const [ticket] = await ticketsBy(first);

    const threaded = `<${randomUUID()}@acme.example>`;
    await deliver({
      messageId: threaded,
      subject: 'Re: Cannot log in',
      text: 'Still broken.',
      inReplyTo: first,
      references: [first],
    });
    await deliver({
      messageId: threaded,
      subject: 'Re: Cannot log in',
      text: 'Still broken.',
      inReplyTo: first,
      references: [first],
    });
    const byNumber = `<${randomUUID()}@acme.example>`;
    await deliver({
      messageId: byNumber,
      subject: `Re: [#${ticket.number}] Cannot log in`,
      text: 'Any news?',
    });

    expect(await commentsOf(ticket.id)).toEqual([
      {
        visibility: 'PUBLIC',
        author_kind: 'CUSTOMER',
        author_email: grace,
        body: 'Still broken.',
        message_id: threaded,
      },
      {
        visibility: 'PUBLIC',
        author_kind: 'CUSTOMER',
        author_email: grace,
        body: 'Any news?',
        message_id: byNumber,
      },
    ]);
    await waitFor(() => {
      const replies = probe.messages
        .map((message) => JSON.parse(message.value))
        .filter((event) => event.type === 'crm.service.ticket.replied' && event.subject === ticket.id);
      expect(replies.map((event) => event.data)).toEqual([
        expect.objectContaining({
          visibility: 'PUBLIC',
          authorKind: 'CUSTOMER',
          authorUserId: null,
          firstResponse: false,
        }),
        expect.objectContaining({
          visibility: 'PUBLIC',
          authorKind: 'CUSTOMER',
          authorUserId: null,
          firstResponse: false,
        }),
      ]);
    });

    // A stranger who types the number opens a ticket of their own instead of writing on this one.
    const stranger = `<${randomUUID()}@evil.example>`;
    await deliver({
      from: 'eve@evil.example',
      messageId: stranger,
      subject: `Re: [#${ticket.number}] Cannot log in`,
    });
    expect(await commentsOf(ticket.id)).toHaveLength(2);
    expect((await ticketsBy(stranger))[0]).toMatchObject({
      customer_id: strangersCustomerId,
      requester_contact_id: null,
      requester_email: 'eve@evil.example',
      subject: 'Cannot log in',
    });
  });

  it('refuses bad mail at SMTP level, with a code that says why', async () => {
    await expect(deliver({ to: `nobody-${randomUUID()}@crm.test` })).rejects.toMatchObject({
      responseCode: 550,
      response: expect.stringContaining('5.1.1 No support queue receives mail at'),
    });
    await expect(deliver({ text: 'x'.repeat(MAX_BYTES * 2) })).rejects.toMatchObject({ responseCode: 552 });
    await expect(deliver({ from: 'eve@evil.example', to: closedDesk })).rejects.toMatchObject({
      responseCode: 550,
      response: expect.stringContaining('5.7.1 <eve@evil.example> is no customer contact we know'),
    });
    const transport = nodemailer.createTransport({
      host: service.inboundMail.host,
      port: service.inboundMail.port,
    });
    const anonymous = `To: ${support}\r\nSubject: Who am I\r\nMessage-ID: <${randomUUID()}@x>\r\n\r\nHello\r\n`;
    await expect(
      transport.sendMail({ envelope: { from: 'bounce@x.example', to: [support] }, raw: anonymous }),
    ).rejects.toMatchObject({ responseCode: 550, response: expect.stringContaining('5.6.0') });
    transport.close();
  });

  it('forgets an erased customer’s contacts and the mail on its tickets', async () => {
    const erasable = await createCustomer(platform, admin, 'Erasable AG');
    const address = `jane-${randomUUID().slice(0, 8)}@erasable.example`;
    await createContact(platform, admin, erasable, address);
    const messageId = `<${randomUUID()}@erasable.example>`;
    await deliver({ from: `Jane Doe <${address}>`, messageId, text: 'Call Jane on +49 30 1234' });
    const [ticket] = await ticketsBy(messageId);
    expect(ticket.customer_id).toBe(erasable);
    await deliver({ from: address, inReplyTo: messageId, text: 'Jane again' });

    await send(platform, admin, `mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`, { id: erasable });
    await waitFor(async () => {
      const [after] = await service.dataSource.query(
        'SELECT requester_email, requester_name FROM tickets WHERE id = $1',
        [ticket.id],
      );
      expect(after).toEqual({ requester_email: null, requester_name: null });
    });
    expect(await commentsOf(ticket.id)).toEqual([
      expect.objectContaining({ author_email: null, body: '[erased]' }),
    ]);
    expect(
      await service.dataSource.query('SELECT id FROM known_contacts WHERE customer_id = $1', [erasable]),
    ).toEqual([]);
    await knownToService(platform, 'known_customers', erasable);
  });
});
