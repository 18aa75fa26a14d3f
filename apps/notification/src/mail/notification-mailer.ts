import type { MailConfig } from '@crm/config';
import type { Logger } from '@crm/logger';
import { createMailSender, type MailSender } from '@crm/mail';

/** How notifications go out by mail: the relay and who they come from. */
export interface NotificationMailer {
  sender: MailSender;
  from: string;
  messageIdDomain: string;
  logger: Logger;
}

/** Null when this process sends no mail (no SMTP_HOST outside development: see loadMailConfig). */
export function notificationMailerOf(config: MailConfig, logger: Logger): NotificationMailer | null {
  if (!config.relay) {
    logger.warn('no SMTP relay configured (SMTP_HOST): notifications are not mailed');
    return null;
  }
  return {
    sender: createMailSender(config.relay),
    from: config.from,
    messageIdDomain: config.messageIdDomain,
    logger,
  };
}
