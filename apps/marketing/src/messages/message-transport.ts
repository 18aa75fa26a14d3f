import { createMailSender, isTransientMailError, type MailSender } from '@crm/mail';
import type { MarketingMessage } from '../data/marketing-message.entity';
import type { MessageSettings } from './message-settings';
import { sendSms } from './sms-gateway';

/** What became of one try: taken, refused for good (a bounce), worth another try, or impossible here. */
export type DeliveryOutcome =
  | { kind: 'sent' }
  | { kind: 'rejected'; detail: string }
  | { kind: 'retry'; detail: string }
  | { kind: 'unavailable'; detail: string };

export interface MessageTransport {
  deliver(
    message: MarketingMessage,
    address: string,
    unsubscribeUrl: string | null,
  ): Promise<DeliveryOutcome>;
  close(): void;
}

/** Email through the SMTP relay (the shared mail lib), SMS through the configured HTTP gateway. */
export function createMessageTransport(settings: MessageSettings): MessageTransport {
  const mailer: MailSender | null = settings.mail.relay ? createMailSender(settings.mail.relay) : null;
  return {
    async deliver(message, address, unsubscribeUrl) {
      if (message.channel === 'SMS') {
        if (!settings.sms)
          return { kind: 'unavailable', detail: 'no SMS gateway is configured (MARKETING_SMS_URL)' };
        return sendSms(settings.sms, address, message.textBody ?? '');
      }
      if (!mailer) return { kind: 'unavailable', detail: 'no SMTP relay is configured (SMTP_HOST)' };
      try {
        await mailer.send({
          from: settings.from,
          to: address,
          subject: message.subject ?? '',
          text: message.textBody ?? '',
          html: message.htmlBody ?? undefined,
          // One-click unsubscribe from the mail client (RFC 8058).
          headers: unsubscribeUrl
            ? {
                'List-Unsubscribe': `<${unsubscribeUrl}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : undefined,
          messageId: `<${message.id}@${settings.mail.messageIdDomain}>`,
        });
        return { kind: 'sent' };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return isTransientMailError(error) ? { kind: 'retry', detail } : { kind: 'rejected', detail };
      }
    },
    close: () => mailer?.close(),
  };
}
