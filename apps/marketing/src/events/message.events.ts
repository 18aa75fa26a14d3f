import { buildEvent, type EventOrigin, type EventPayload } from '@crm/events';
import type { MarketingMessage } from '../data/marketing-message.entity';
import type { MessageTemplate } from '../data/message-template.entity';
import { variablesOf } from '../domain/template-rendering';

type MessageEventType =
  | 'crm.marketing.message.sent'
  | 'crm.marketing.message.deferred'
  | 'crm.marketing.message.suppressed'
  | 'crm.marketing.message.delivered'
  | 'crm.marketing.message.bounced'
  | 'crm.marketing.message.failed'
  | 'crm.marketing.message.opened'
  | 'crm.marketing.message.clicked'
  | 'crm.marketing.message.unsubscribed';

type Extra<T extends MessageEventType> = Omit<
  EventPayload<T>,
  'messageId' | 'customerId' | 'campaignId' | 'templateId' | 'channel' | 'occurredAt'
>;

/** A message event: who, what and when of the message, plus what this kind of event adds. */
export function messageEvent<T extends MessageEventType>(
  type: T,
  message: MarketingMessage,
  occurredAt: Date,
  origin: EventOrigin,
  extra: Extra<T>,
) {
  return buildEvent(type, {
    subject: message.id,
    ...origin,
    data: {
      messageId: message.id,
      customerId: message.customerId,
      campaignId: message.campaignId,
      templateId: message.templateId,
      channel: message.channel,
      occurredAt: occurredAt.toISOString(),
      ...extra,
    } as unknown as EventPayload<T>,
  });
}

/** message_template.created or .updated, with the variables its parts use. */
export function messageTemplateSaved(
  type: 'crm.marketing.message_template.created' | 'crm.marketing.message_template.updated',
  template: MessageTemplate,
  origin: EventOrigin,
) {
  const parts = [template.subject, template.htmlBody, template.textBody].filter((part) => part !== null);
  return buildEvent(type, {
    subject: template.id,
    ...origin,
    data: {
      templateId: template.id,
      name: template.name,
      channel: template.channel,
      variables: [...new Set(parts.flatMap(variablesOf))],
      version: template.version,
      savedAt: template.updatedAt.toISOString(),
    },
  });
}
