import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Logger } from '@crm/logger';
import { parseInboundMail, type InboundMail } from './inbound-mail';
import { MailRefusal, tooLarge, tryAgainLater } from './mail-refusal';

/** One mail as it arrived: the parsed mail, its bytes, and the envelope's recipients. */
export interface ReceivedMail {
  mail: InboundMail;
  raw: Buffer;
  recipients: string[];
}

export interface MailListenerOptions {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  maxBytes: number;
  logger: Logger;
  /** Each RCPT TO: throw a MailRefusal to refuse that address (e.g. no queue receives it). */
  acceptRecipient?: (address: string) => Promise<void>;
  /** The whole mail, once per delivery: throw a MailRefusal to refuse it, anything else is 451. */
  receive: (received: ReceivedMail) => Promise<void>;
}

export interface MailListener {
  host: string;
  port: number;
  stop(): Promise<void>;
}

/** smtp-server answers an error with its `responseCode` and message. */
function smtpReply(refusal: MailRefusal): Error {
  return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

const recipientsOf = (session: SMTPServerSession) =>
  session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase());

/**
 * An SMTP server (RFC 5321) that hands each accepted mail to `receive` before it answers 250, so
 * a mail is only acknowledged once it is stored: a sender whose connection breaks sends it again,
 * and the receiver recognises it by its Message-ID. Plain SMTP without AUTH: it sits behind the
 * organisation's MX, which does TLS, spam and virus filtering.
 */
export async function startMailListener(options: MailListenerOptions): Promise<MailListener> {
  const { logger } = options;
  const refuseOrRetry = (error: unknown): Error => {
    if (error instanceof MailRefusal) return smtpReply(error);
    logger.error({ err: error }, 'could not take an inbound mail');
    return smtpReply(tryAgainLater());
  };
  const server = new SMTPServer({
    size: options.maxBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      (options.acceptRecipient?.(address.address.toLowerCase()) ?? Promise.resolve()).then(
        () => callback(),
        (error: unknown) => callback(refuseOrRetry(error)),
      );
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) throw tooLarge(options.maxBytes);
          await options.receive({
            mail: await parseInboundMail(raw),
            raw,
            recipients: recipientsOf(session),
          });
        })
        .then(
          () => callback(),
          (error: unknown) => callback(refuseOrRetry(error)),
        );
    },
  });
  server.on('error', (error) => logger.error({ err: error }, 'SMTP listener error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    host: options.host,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
