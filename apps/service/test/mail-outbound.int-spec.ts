import { randomUUID } from 'node:crypto';
import { buildEvent, SYSTEM_ACTOR } from '@crm/events';
import {
  createMailSender,
  MailRefusal,
  startMailListener,
  type InboundMail,
  type MailListener,
} from '@crm/mail';
import { createLogger } from '@crm/logger';
import { EventPublisher, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import type { RunningService } from '../src/service-subgraph';
import { restartServiceWithMail, testMailConfig } from './support/service-with-mail';
import {
  createCustomer,
  createSupportManager,
  createSupportTeam,
  send,
  SET_MAILBOX,
} from './support/support-fixtures';

type Comment = { visibility: 'PUBLIC' | 'INTERNAL'; authorKind: 'AGENT' | 'CUSTOMER' };

describe('agents’ public replies go out by SMTP, threaded, once', () => {
  let platform: TestPlatform;
  let service: RunningService;
  let customerSmtp: MailListener;
  let publisher: EventPublisher;
  /** What the customer's mail server took, and how many deliveries it turned away with 451 first. */
  const inbox: InboundMail[] = [];
  let refuseNext = 0;
  let refused = 0;
  const support = `help-${randomUUID().slice(0, 8)}@crm.test`;
  const requester = `ada-${randomUUID().slice(0, 8)}@customer.example`;
  const firstMail = `<${randomUUID()}@customer.example>`;
  let ticket: { id: string; number: number; customer_id: string };
  let admin: string;

  /** An agent's public reply (replyToTicket) or internal note (addTicketNote), through the gateway. */
  async function comment(visibility: 'PUBLIC' | 'INTERNAL', body: string): Promise<string> {
    const mutation = visibility === 'PUBLIC' ? 'replyToTicket' : 'addTicketNote';
    const data = await send<Record<string, { id: string }>>(
      platform,
      admin,
      `mutation ($input: ReplyToTicketInput!) { ${mutation}(input: $input) { id } }`,
      { input: { ticketId: ticket.id, body } },
    );
    return data[mutation].id;
  }
  const repliedEvent = (commentId: string, { visibility, authorKind }: Comment, at = new Date()) =>
    buildEvent('crm.service.ticket.replied', {
      subject: ticket.id,
      actor: SYSTEM_ACTOR,
      data: {
        ticketId: ticket.id,
        customerId: ticket.customer_id,
        commentId,
        visibility,
        authorKind,
        authorUserId: null,
        firstResponse: false,
        repliedAt: at.toISOString(),
      },
    });
  const mailOf = (commentId: string) =>
    waitFor(() => {
      const found = inbox.filter((mail) => mail.messageId.includes(commentId));
      expect(found).toHaveLength(1);
      return found[0];
    });
  const sentAs = async (commentId: string) =>
    (await service.dataSource.query('SELECT message_id FROM ticket_comments WHERE id = $1', [commentId]))[0]
      .message_id;

  beforeAll(async () => {
    customerSmtp = await startMailListener({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 1_000_000,
      logger: createLogger('customer-smtp', 'silent'),
      async receive({ mail }) {
        if (refuseNext > 0) {
          refuseNext--;
          refused++;
          throw new MailRefusal(451, '4.3.2 Mailbox busy, try again later');
        }
        inbox.push(mail);
      },
    });
    platform = await startPlatform();
    service = await restartServiceWithMail(platform, testMailConfig(customerSmtp.port));
    publisher = await EventPublisher.start();
    admin = await tokenFor();
    const teamId = await createSupportTeam(
      platform,
      admin,
      'Replies desk',
      await createSupportManager(platform, admin),
    );
    const unknown = await createCustomer(platform, admin, 'Mail requesters');
    await send(platform, admin, SET_MAILBOX, {
      input: { queueId: teamId, address: support, unknownRequesterCustomerId: unknown },
    });
    const mx = createMailSender({
      host: '127.0.0.1',
      port: service.inboundMail.port,
      secure: false,
      user: undefined,
      password: undefined,
    });
    await mx.send({
      from: `Ada Lovelace <${requester}>`,
      to: support,
      subject: 'Engine stalls',
      text: 'Help',
      messageId: firstMail,
    });
    mx.close();
    [ticket] = await service.dataSource.query(
      'SELECT id, number, customer_id FROM tickets WHERE source_message_id = $1',
      [firstMail],
    );
  }, 300_000);
  afterAll(async () => {
    await publisher?.stop();
    await platform?.stop();
    await customerSmtp?.stop();
  });

  it('mails the reply to the requester from the queue’s address, threaded on the first mail', async () => {
    const reply = await comment('PUBLIC', 'Please restart the engine.');
    const mail = await mailOf(reply);
    expect(mail).toMatchObject({
      messageId: `<ticket-${ticket.number}.${reply}@crm.test>`,
      from: { address: support },
      to: [requester],
      subject: `Re: [#${ticket.number}] Engine stalls`,
      text: 'Please restart the engine.',
      inReplyTo: firstMail,
      references: [firstMail],
    });
    expect(await sentAs(reply)).toBe(mail.messageId);
  });

  it('never sends twice: not on a redelivered event, not on a second event for a sent reply', async () => {
    const reply = await comment('PUBLIC', 'Did that help?');
    await mailOf(reply);
    const event = repliedEvent(reply, { visibility: 'PUBLIC', authorKind: 'AGENT' });
    await publisher.publish(event, event, repliedEvent(reply, { visibility: 'PUBLIC', authorKind: 'AGENT' }));
    // Notes and the customer's own replies are not mailed.
    await comment('INTERNAL', 'Customer seems unsure');
    await publisher.publish(repliedEvent(randomUUID(), { visibility: 'PUBLIC', authorKind: 'CUSTOMER' }));
    // Events of one ticket are consumed in order: once a later reply arrives, the ones before were handled.
    const later = await comment('PUBLIC', 'Closing the loop.');
    await mailOf(later);
    expect(inbox.filter((mail) => mail.messageId.includes(reply))).toHaveLength(1);
    expect(inbox.map((mail) => mail.text)).not.toContain('Customer seems unsure');
  });

  it('retries a transient refusal (451) and then delivers once, threaded on every mail before it', async () => {
    const before = (await service.dataSource.query(
      `SELECT message_id FROM ticket_comments WHERE ticket_id = $1 AND message_id IS NOT NULL ORDER BY created_at, id`,
      [ticket.id],
    )) as { message_id: string }[];
    refuseNext = 1;
    const reply = await comment('PUBLIC', 'Second try.');
    const mail = await mailOf(reply);
    expect(refused).toBe(1);
    expect(mail.references).toEqual([firstMail, ...before.map((row) => row.message_id)]);
    expect(mail.inReplyTo).toBe(before.at(-1)?.message_id);
  });
});
