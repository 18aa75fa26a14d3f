import { isTransientMailError, type MailSender } from '@crm/mail';
import type { Logger } from '@crm/logger';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { TicketComment } from '../data/ticket-comment.entity';
import { Ticket } from '../data/ticket.entity';
import { agentReplyMail, type ReplyMailSettings } from '../mail/agent-reply-mail';

export interface ReplyMailer {
  sender: MailSender;
  settings: ReplyMailSettings;
  logger: Logger;
}

/**
 * Mails an agent's public reply to the ticket's requester, once: the comment records the
 * Message-ID it was sent with in the transaction that also records the event in the inbox, so a
 * redelivered event finds it sent. A transient failure throws (the consumer retries with
 * backoff); a refusal (5xx) is logged and not retried, since sending again cannot change it.
 */
export function mailAgentReply(scope: ChangeScope, mailer: ReplyMailer, commentId: string): Promise<void> {
  return runChange(scope, async (change) => {
    const comment = await change.manager.findOne(TicketComment, {
      where: { id: commentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!comment || comment.messageId) return;
    const ticket = await change.manager.findOneByOrFail(Ticket, { id: comment.ticketId });
    if (!ticket.requesterEmail) return; // a ticket nobody wrote in for by mail: nobody to mail
    const mail = await agentReplyMail(
      change.manager,
      { ...ticket, requesterEmail: ticket.requesterEmail },
      comment,
      mailer.settings,
    );
    try {
      await mailer.sender.send(mail);
    } catch (error) {
      if (isTransientMailError(error)) throw error;
      mailer.logger.error(
        { err: error, ticketId: ticket.id, commentId },
        'the relay refused a reply mail; not retried',
      );
      return;
    }
    await change.manager.update(TicketComment, comment.id, { messageId: mail.messageId });
    change.audit({
      action: 'mailAgentReply',
      entityType: 'TicketComment',
      entityId: comment.id,
      before: { messageId: null },
      after: { messageId: mail.messageId },
    });
  });
}
