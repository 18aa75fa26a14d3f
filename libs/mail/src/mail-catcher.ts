import type { Logger } from '@crm/logger';
import { startMailListener, type MailListener, type ReceivedMail } from './mail-listener';

/** A mail the catcher took, with the headers a reader checks threading by. */
export interface CaughtMail extends ReceivedMail {
  receivedAt: Date;
}

export interface MailCatcher extends MailListener {
  /** Every mail caught so far, oldest first. */
  readonly mails: readonly CaughtMail[];
  /** The first mail (caught already or still to come) that `matches`; rejects after `timeoutMs`. */
  waitForMail(matches: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
}

/**
 * An SMTP server that accepts every mail and keeps it: `npm start`'s sink for outgoing mail and
 * the tests' mailbox. `onMail` sees each one as it arrives (e.g. to write it to disk).
 */
export async function startMailCatcher(options: {
  host?: string;
  port?: number;
  logger: Logger;
  onMail?: (mail: CaughtMail) => Promise<void> | void;
  /** Each RCPT TO: throw a MailRefusal to refuse that address (a test's bouncing mailbox). */
  acceptRecipient?: (address: string) => Promise<void>;
}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const waiters = new Set<(mail: CaughtMail) => void>();
  const listener = await startMailListener({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    maxBytes: 50 * 1024 * 1024,
    logger: options.logger,
    acceptRecipient: options.acceptRecipient,
    async receive(received) {
      const caught = { ...received, receivedAt: new Date() };
      mails.push(caught);
      await options.onMail?.(caught);
      for (const waiter of waiters) waiter(caught);
    },
  });
  return {
    ...listener,
    mails,
    waitForMail(matches, timeoutMs = 20_000) {
      const already = mails.find(matches);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching mail arrived within ${timeoutMs} ms (${mails.length} caught)`));
        }, timeoutMs);
        const waiter = (mail: CaughtMail) => {
          if (!matches(mail)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(mail);
        };
        waiters.add(waiter);
      });
    },
  };
}
