import nodemailer from 'nodemailer';
import { createLogger } from '@crm/logger';
import { startMailCatcher, type MailCatcher } from '../mail-catcher';
import { startMailListener, type MailListener, type ReceivedMail } from '../mail-listener';
import { noSuchMailbox } from '../mail-refusal';
import { createMailSender, type MailSender } from '../mail-sender';
import { answeredMessageIds } from '../inbound-mail';

const logger = createLogger('mail-test', 'silent');
const relayOf = (port: number) => ({
  host: '127.0.0.1',
  port,
  secure: false,
  user: undefined,
  password: undefined,
});

describe('sending and receiving over real SMTP on localhost', () => {
  let catcher: MailCatcher;
  let sender: MailSender;

  beforeAll(async () => {
    catcher = await startMailCatcher({ logger });
    sender = createMailSender(relayOf(catcher.port));
  });
  afterAll(async () => {
    sender.close();
    await catcher.stop();
  });

  it('delivers a reply with its threading headers', async () => {
    await sender.send({
      from: 'Support <support@crm.localhost>',
      to: 'Grace Hopper <grace@acme.example>',
      subject: 'Re: [#1042] Printer on fire',
      text: 'We are on it.',
      messageId: '<reply-1@crm.localhost>',
      inReplyTo: '<first@acme.example>',
      references: ['<first@acme.example>'],
    });
    const { mail } = await catcher.waitForMail(
      (caught) => caught.mail.messageId === '<reply-1@crm.localhost>',
    );
    expect(mail).toMatchObject({
      from: { address: 'support@crm.localhost', name: 'Support' },
      to: ['grace@acme.example'],
      subject: 'Re: [#1042] Printer on fire',
      text: 'We are on it.',
      inReplyTo: '<first@acme.example>',
      references: ['<first@acme.example>'],
    });
    expect(answeredMessageIds(mail)).toEqual(['<first@acme.example>']);
  });
});

describe('a listener refuses at SMTP level', () => {
  let listener: MailListener;
  const received: ReceivedMail[] = [];

  beforeAll(async () => {
    listener = await startMailListener({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 2_000,
      logger,
      async acceptRecipient(address) {
        if (address !== 'support@crm.localhost') throw noSuchMailbox(address);
      },
      async receive(mail) {
        received.push(mail);
      },
    });
  });
  afterAll(() => listener.stop());

  function send(to: string, extra: { from?: string; text?: string } = {}) {
    const sender = createMailSender(relayOf(listener.port));
    return sender
      .send({
        from: extra.from ?? 'grace@acme.example',
        to,
        subject: 'Help',
        text: extra.text ?? 'Hi',
        messageId: '<m@x>',
      })
      .finally(() => sender.close());
  }

  it('a mail to an address no queue receives: 550 5.1.1', async () => {
    await expect(send('nobody@crm.localhost')).rejects.toMatchObject({
      responseCode: 550,
      response: expect.stringContaining('5.1.1 No support queue receives mail at <nobody@crm.localhost>'),
    });
  });

  it('a mail over the size limit: 552 5.3.4', async () => {
    await expect(send('support@crm.localhost', { text: 'x'.repeat(5_000) })).rejects.toMatchObject({
      responseCode: 552,
    });
  });

  it('a mail without a From: header: 550 5.6.0', async () => {
    const transport = nodemailer.createTransport(relayOf(listener.port));
    const raw =
      'To: support@crm.localhost\r\nSubject: Anonymous\r\nMessage-ID: <anon@x>\r\n\r\nWho am I?\r\n';
    await expect(
      transport.sendMail({ envelope: { from: 'bounce@x.example', to: ['support@crm.localhost'] }, raw }),
    ).rejects.toMatchObject({ responseCode: 550, response: expect.stringContaining('5.6.0') });
    transport.close();
  });

  it('takes a good mail, parsed, with its envelope', async () => {
    await send('support@crm.localhost');
    expect(received.at(-1)).toMatchObject({
      recipients: ['support@crm.localhost'],
      mail: { messageId: '<m@x>', from: { address: 'grace@acme.example' }, subject: 'Help', text: 'Hi' },
    });
  });
});
