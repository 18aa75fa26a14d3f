import { randomUUID } from 'node:crypto';
import { buildEvent, SYSTEM_ACTOR } from '@crm/events';
import {
  createMailSender,
  MailRefusal,
  startMailListener,
  type InboundMail,
  type MailListener,
} from '@crm/mail';
import { appendToOutbox } from '@crm/messaging';
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

  /** An agent's comment on the ticket, with its ticket.replied in the outbox (what addComment does). */
  async function comment({ visibility, authorKind }: Comment, body: string) {
    const id = randomUUID();
    const createdAt = new Date();
    await service.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO ticket_comments (id, ticket_id, visibility, author_kind, author_user_id, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          ticket.id,
          visibility,
          authorKind,
          authorKind === 'AGENT' ? randomUUID() : null,
          body,
          createdAt,
        ],
      );
      await appendToOutbox(manager, [repliedEvent(id, { visibility, authorKind }, createdAt)]);
    });
    return id;
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
    const admin = await tokenFor();
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
    const reply = await comment({ visibility: 'PUBLIC', authorKind: 'AGENT' }, 'Please restart the engine.');
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
    const reply = await comment({ visibility: 'PUBLIC', authorKind: 'AGENT' }, 'Did that help?');
    await mailOf(reply);
    const event = repliedEvent(reply, { visibility: 'PUBLIC', authorKind: 'AGENT' });
    await publisher.publish(event, event, repliedEvent(reply, { visibility: 'PUBLIC', authorKind: 'AGENT' }));
    // Notes and the customer's own replies are not mailed either.
    await comment({ visibility: 'INTERNAL', authorKind: 'AGENT' }, 'Customer seems unsure');
    await comment({ visibility: 'PUBLIC', authorKind: 'CUSTOMER' }, 'typed in the portal');
    // Events of one ticket are consumed in order: once a later reply arrives, the ones before were handled.
    const later = await comment({ visibility: 'PUBLIC', authorKind: 'AGENT' }, 'Closing the loop.');
    await mailOf(later);
    expect(inbox.filter((mail) => mail.messageId.includes(reply))).toHaveLength(1);
    expect(inbox.map((mail) => mail.text)).not.toContain('Customer seems unsure');
    expect(inbox.map((mail) => mail.text)).not.toContain('typed in the portal');
  });

  it('retries a transient refusal (451) and then delivers once, threaded on every mail before it', async () => {
    const before = (await service.dataSource.query(
      `SELECT message_id FROM ticket_comments WHERE ticket_id = $1 AND message_id IS NOT NULL ORDER BY created_at, id`,
      [ticket.id],
    )) as { message_id: string }[];
    refuseNext = 1;
    const reply = await comment({ visibility: 'PUBLIC', authorKind: 'AGENT' }, 'Second try.');
    const mail = await mailOf(reply);
    expect(refused).toBe(1);
    expect(mail.references).toEqual([firstMail, ...before.map((row) => row.message_id)]);
    expect(mail.inReplyTo).toBe(before.at(-1)?.message_id);
  });
});
