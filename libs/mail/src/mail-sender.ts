import nodemailer from 'nodemailer';
import type { SmtpRelay } from '@crm/config';

/** One outgoing mail with its threading headers (RFC 5322 §3.6.4). */
export interface OutgoingMail {
  from: string;
  to: MailAddress;
  replyTo?: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text`, e.g. a marketing email's designed part. */
  html?: string;
  /** Further headers, e.g. List-Unsubscribe (RFC 2369, RFC 8058). */
  headers?: Record<string, string>;
  /** Chosen by the caller and recorded before or with the send, so a resend is recognisable. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
}

/** `grace@acme.example`, or with a display name nodemailer quotes and encodes as needed. */
export type MailAddress = string | { name: string; address: string };

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Hands mail to the SMTP relay (or the local catcher) over one pooled connection. */
export function createMailSender(relay: SmtpRelay): MailSender {
  const transport = nodemailer.createTransport({
    host: relay.host,
    port: relay.port,
    secure: relay.secure,
    auth: relay.user ? { user: relay.user, pass: relay.password } : undefined,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        replyTo: mail.replyTo,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: mail.messageId,
        inReplyTo: mail.inReplyTo,
        references: mail.references,
      });
    },
    close: () => transport.close(),
  };
}

/** Network failures nodemailer reports by code: the relay may answer on the next try. */
const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNRESET',
  'ECONNREFUSED',
]);

/**
 * Worth sending again: the relay was unreachable or answered 4xx ("try again later", RFC 5321
 * §4.2.1). A 5xx answer (no such mailbox, refused) will not change by retrying.
 */
export function isTransientMailError(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  if (typeof responseCode === 'number') return responseCode >= 400 && responseCode < 500;
  return code !== undefined && TRANSIENT_CODES.has(code);
}
