import type { MailConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { createMailSender } from '@crm/mail';
import type { EventHandlers } from '@crm/messaging';
import type { ReplyMailer } from '../changes/reply-mail.changes';
import { onContactCreated } from '../events/contact-created.handler';
import { onContactUpdated } from '../events/contact-updated.handler';
import { onCustomerErasedMail, onCustomerMergedMail } from '../events/mail-customer-references.handler';
import { onTicketRepliedMailReply } from '../events/ticket-replied-mail.handler';

/** The relay for agents' replies; null when this process sends no mail (see loadMailConfig). */
export function replyMailerOf(config: MailConfig, logger: Logger): ReplyMailer | null {
  if (!config.relay) {
    logger.warn('no SMTP relay configured (SMTP_HOST): agents’ replies are not mailed');
    return null;
  }
  return {
    sender: createMailSender(config.relay),
    settings: { from: config.from, messageIdDomain: config.messageIdDomain },
    logger,
  };
}

/** What mail needs to hear: contacts' addresses, customers merged and erased, agents' replies. */
export function mailEventHandlers(mailer: ReplyMailer | null): EventHandlers {
  return {
    'crm.customer.contact.created': onContactCreated,
    'crm.customer.contact.updated': onContactUpdated,
    'crm.customer.customer.merged': onCustomerMergedMail,
    'crm.customer.customer.erased': onCustomerErasedMail,
    ...(mailer ? { 'crm.service.ticket.replied': onTicketRepliedMailReply(mailer) } : {}),
  };
}
