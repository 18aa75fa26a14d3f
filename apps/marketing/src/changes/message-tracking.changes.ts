import { conflict } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { MarketingMessage } from '../data/marketing-message.entity';
import { suppressAddress } from '../data/suppressed-address.repository';
import { messageEvent } from '../events/message.events';
import { advanceMemberOf } from './message-campaign-member';

/** The first open of a message (its pixel); later opens change nothing. */
export function recordMessageOpen(scope: ChangeScope, messageId: string, now: Date): Promise<void> {
  return runChange(scope, async (change) => {
    const message = await change.lock(MarketingMessage, messageId, { field: 'token' });
    if (message.openedAt || !message.sentAt) return;
    const opened = await change.update(
      MarketingMessage,
      message,
      { openedAt: now },
      { action: 'recordMessageOpen' },
    );
    change.publish(messageEvent('crm.marketing.message.opened', opened, now, change.origin, {}));
    await advanceMemberOf(change, opened, 'OPENED');
  });
}

/** A followed link: every click is a response; the first also marks the message clicked (and opened). */
export function recordMessageClick(
  scope: ChangeScope,
  messageId: string,
  url: string,
  now: Date,
): Promise<void> {
  return runChange(scope, async (change) => {
    const message = await change.lock(MarketingMessage, messageId, { field: 'token' });
    if (!message.sentAt) return;
    const clicked = message.clickedAt
      ? message
      : await change.update(
          MarketingMessage,
          message,
          { clickedAt: now, openedAt: message.openedAt ?? now },
          { action: 'recordMessageClick' },
        );
    change.publish(messageEvent('crm.marketing.message.clicked', clicked, now, change.origin, { url }));
    await advanceMemberOf(change, clicked, 'CLICKED');
  });
}

/**
 * The recipient unsubscribed through the message's link: its address gets no more marketing on
 * that channel, and `message.unsubscribed` has the customer service withdraw the consent. Following
 * the link again changes nothing.
 */
export function unsubscribeByLink(
  scope: ChangeScope,
  messageId: string,
  now: Date,
): Promise<MarketingMessage> {
  return runChange(scope, async (change) => {
    const message = await change.lock(MarketingMessage, messageId, { field: 'token' });
    const newlySuppressed = await suppressAddress(
      change.manager,
      message.channel,
      message.address ?? '',
      'UNSUBSCRIBED',
      message.id,
      now,
    );
    if (newlySuppressed) {
      change.audit({
        action: 'unsubscribe',
        entityType: 'MarketingMessage',
        entityId: message.id,
        before: null,
        after: { channel: message.channel, customerId: message.customerId },
      });
      change.publish(messageEvent('crm.marketing.message.unsubscribed', message, now, change.origin, {}));
    }
    return message;
  });
}

/** A delivery report from the relay or gateway: DELIVERED, or BOUNCED (the address is suppressed). */
export function reportMessageDelivery(
  scope: ChangeScope,
  report: { messageId: string; delivered: boolean; detail: string | null },
  now: Date,
): Promise<MarketingMessage> {
  return runChange(scope, async (change) => {
    const message = await change.lock(MarketingMessage, report.messageId, { field: 'messageId' });
    if (message.status !== 'SENT') {
      throw conflict(
        `message ${message.id} is ${message.status}: only a SENT message takes a delivery report`,
      );
    }
    if (report.delivered) {
      const delivered = await change.update(
        MarketingMessage,
        message,
        { status: 'DELIVERED', deliveredAt: now },
        { action: 'reportMessageDelivery' },
      );
      change.publish(messageEvent('crm.marketing.message.delivered', delivered, now, change.origin, {}));
      await advanceMemberOf(change, delivered, 'DELIVERED');
      return delivered;
    }
    const detail = report.detail ?? 'bounced';
    const bounced = await change.update(
      MarketingMessage,
      message,
      { status: 'BOUNCED', statusDetail: detail },
      { action: 'reportMessageDelivery' },
    );
    await suppressAddress(change.manager, message.channel, message.address ?? '', 'BOUNCED', message.id, now);
    change.publish(messageEvent('crm.marketing.message.bounced', bounced, now, change.origin, { detail }));
    return bounced;
  });
}
