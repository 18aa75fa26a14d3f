import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { survivorOf } from '../data/customer-profile.repository';
import { MarketingMessage } from '../data/marketing-message.entity';
import { findMessageRecipient } from '../data/message-recipient.repository';
import { lockRecipientChannel, messagesInCapWindow } from '../data/message.repository';
import { MessageTemplate } from '../data/message-template.entity';
import { decideSend } from '../domain/send-decision';
import { messageEvent } from '../events/message.events';
import { renderMessage } from '../messages/message-content';
import type { MessageSettings } from '../messages/message-settings';

export interface MessageRequest {
  templateId: string;
  customerId: string;
  campaignId: string | null;
  variables: Record<string, unknown>;
}

/** What the audit trail shows of a message: never its address or its text. */
const auditedFieldsOf = ({
  id,
  templateId,
  customerId,
  campaignId,
  channel,
  status,
  suppressionReason,
}: MarketingMessage) => ({
  id,
  templateId,
  customerId,
  campaignId,
  channel,
  status,
  suppressionReason,
});

/**
 * Renders the template for the customer and applies the send rules: the message is QUEUED for the
 * dispatcher, DEFERRED to the end of quiet hours, or SUPPRESSED with the reason, all recorded. The
 * recipient's channel is locked meanwhile so that concurrent sends count each other against the cap.
 */
export function queueMarketingMessage(
  scope: ChangeScope,
  request: MessageRequest,
  settings: MessageSettings,
  now: Date,
): Promise<MarketingMessage> {
  return runChange(scope, async (change) => {
    const template = await change.manager.findOneBy(MessageTemplate, { id: request.templateId });
    if (!template) throw notFound('MessageTemplate', request.templateId, 'input.templateId');
    const { channel } = template;
    const customerId = await survivorOf(change.manager, request.customerId);
    await lockRecipientChannel(change.manager, customerId, channel);
    const recipient = await findMessageRecipient(change.manager, customerId, channel);
    const sentInCapWindow = await messagesInCapWindow(change.manager, customerId, channel, settings.cap, now);
    const decision = decideSend({ ...recipient, sentInCapWindow }, { channel, ...settings }, now);
    const id = newId();
    // Rendered even when suppressed: a template the variables do not fill is the caller's error either way.
    const content = await renderMessage(
      template,
      request.variables,
      { messageId: id, customerName: recipient.name },
      settings,
      'input.variables',
    );
    const suppressed = decision.kind === 'suppress';
    const message = Object.assign(new MarketingMessage(), {
      id,
      templateId: template.id,
      templateVersion: template.version,
      channel,
      customerId,
      campaignId: request.campaignId,
      address: decision.kind === 'send' ? decision.address : null,
      subject: suppressed ? null : content.subject,
      textBody: suppressed ? null : content.textBody,
      htmlBody: suppressed ? null : content.htmlBody,
      status: decision.kind === 'send' ? 'QUEUED' : decision.kind === 'defer' ? 'DEFERRED' : 'SUPPRESSED',
      suppressionReason: suppressed ? decision.reason : null,
      statusDetail: suppressed ? decision.detail : null,
      sendAfter: decision.kind === 'defer' ? decision.until : now,
      attempts: 0,
      sentAt: null,
      deliveredAt: null,
      openedAt: null,
      clickedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } satisfies MarketingMessage);
    await change.insert(MarketingMessage, message, {
      action: 'sendMarketingMessage',
      shown: auditedFieldsOf(message),
    });
    if (decision.kind === 'suppress') {
      change.publish(
        messageEvent('crm.marketing.message.suppressed', message, now, change.origin, {
          reason: decision.reason,
          detail: decision.detail,
        }),
      );
    }
    if (decision.kind === 'defer') {
      change.publish(
        messageEvent('crm.marketing.message.deferred', message, now, change.origin, {
          until: decision.until.toISOString(),
        }),
      );
    }
    return message;
  });
}
