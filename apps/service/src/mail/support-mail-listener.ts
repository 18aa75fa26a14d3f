import { randomUUID } from 'node:crypto';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { MailConfig } from '@crm/config';
import { SYSTEM_ACTOR } from '@crm/events';
import type { Logger } from '@crm/logger';
import { noSuchMailbox, startMailListener, type MailListener, type ReceivedMail } from '@crm/mail';
import { scopeOfJob } from '@crm/subgraph-kit';
import { takeSupportMail } from '../changes/ticket-mail.changes';
import { findMailboxByAddress } from '../data/queue-mailbox.repository';
import { isMailTaken } from '../data/mail-thread.repository';
import { mailboxForRecipients } from '../domain/mail-ticket';

/** Postgres' unique_violation: the same mail, delivered twice at once, lost the race. */
const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

async function takeMail(dataSource: DataSource, logger: Logger, { mail, recipients }: ReceivedMail) {
  const mailboxes = await Promise.all(recipients.map((address) => findMailboxByAddress(dataSource, address)));
  const mailbox = mailboxForRecipients(
    recipients,
    mailboxes.filter((found) => found !== null),
  );
  const scope = scopeOfJob('service', dataSource, { actor: SYSTEM_ACTOR, correlationId: randomUUID() });
  try {
    const outcome = await takeSupportMail(scope, mailbox, mail);
    logger.info({ ...outcome, queueId: mailbox.id, messageId: mail.messageId }, 'support mail taken');
  } catch (error) {
    if (isUniqueViolation(error) && (await isMailTaken(dataSource.manager, mail.messageId))) return;
    throw error;
  }
}

/**
 * The service's SMTP listener: mail to a queue's address becomes a ticket or a comment before it
 * is acknowledged; mail to any other address is refused at RCPT TO.
 */
export function startSupportMailListener(
  config: MailConfig,
  dataSource: DataSource,
  logger: Logger,
): Promise<MailListener> {
  return startMailListener({
    ...config.inbound,
    logger,
    async acceptRecipient(address) {
      if (!(await findMailboxByAddress(dataSource, address))) throw noSuchMailbox(address);
    },
    receive: (received) => takeMail(dataSource, logger, received),
  });
}
