import type { DataSource } from 'typeorm';
import type { EventOrigin } from '@crm/events';
import { runChange, scopeOfJob, type Change } from '@crm/subgraph-kit';
import { MarketingMessage } from '../data/marketing-message.entity';
import { findMessageRecipient } from '../data/message-recipient.repository';
import { lockDueMessage, messagesInCapWindow } from '../data/message.repository';
import { suppressAddress } from '../data/suppressed-address.repository';
import { MAX_SEND_ATTEMPTS, retryDelayMs } from '../domain/message-status';
import { decideSend } from '../domain/send-decision';
import { signTrackingLink } from '../domain/tracking-link';
import { messageEvent } from '../events/message.events';
import { advanceMemberOf } from './message-campaign-member';
import type { MessageSettings } from '../messages/message-settings';
import type { DeliveryOutcome, MessageTransport } from '../messages/message-transport';

export interface Dispatcher {
  dataSource: DataSource;
  transport: MessageTransport;
  settings: MessageSettings;
}

const UPDATE = { action: 'dispatchMarketingMessage' };

/**
 * Sends one due message, holding its row so no other dispatcher sends it too. A deferred message
 * passes the send rules again first (consent or the cap may have changed while it waited). A
 * crash after the relay took the mail but before the commit sends it again on the next run, with
 * the same Message-ID: delivery is at least once.
 */
export function dispatchMessage(
  dispatcher: Dispatcher,
  id: string,
  now: Date,
  origin: EventOrigin,
): Promise<void> {
  const { dataSource, settings } = dispatcher;
  return dataSource.transaction((manager) =>
    runChange(scopeOfJob('marketing', manager, origin), async (change) => {
      let message = await lockDueMessage(change.manager, id);
      if (!message || message.sendAfter > now) return;
      if (message.status === 'DEFERRED') {
        const recipient = await findMessageRecipient(change.manager, message.customerId, message.channel);
        const sentInCapWindow = await messagesInCapWindow(
          change.manager,
          message.customerId,
          message.channel,
          settings.cap,
          now,
        );
        const decision = decideSend(
          { ...recipient, sentInCapWindow },
          { channel: message.channel, ...settings },
          now,
        );
        if (decision.kind === 'suppress') {
          const suppressed = {
            status: 'SUPPRESSED' as const,
            suppressionReason: decision.reason,
            statusDetail: decision.detail,
          };
          message = await change.update(
            MarketingMessage,
            message,
            { ...suppressed, subject: null, textBody: null, htmlBody: null },
            UPDATE,
          );
          change.publish(
            messageEvent('crm.marketing.message.suppressed', message, now, change.origin, {
              reason: decision.reason,
              detail: decision.detail,
            }),
          );
          return;
        }
        if (decision.kind === 'defer') {
          await change.update(MarketingMessage, message, { sendAfter: decision.until }, UPDATE);
          return;
        }
        message = await change.update(
          MarketingMessage,
          message,
          { status: 'QUEUED', address: decision.address },
          UPDATE,
        );
      }
      await deliver(change, dispatcher, message, now);
    }),
  );
}

async function deliver(
  change: Change,
  { transport, settings }: Dispatcher,
  message: MarketingMessage,
  now: Date,
) {
  const address = message.address ?? '';
  const unsubscribeUrl = `${settings.publicUrl}/m/u/${await signTrackingLink({ messageId: message.id, action: 'unsubscribe' }, settings.linkSecret)}`;
  const outcome = await transport.deliver(message, address, unsubscribeUrl);
  await recordOutcome(change, message, outcome, now);
}

async function recordOutcome(change: Change, message: MarketingMessage, outcome: DeliveryOutcome, now: Date) {
  const publish = change.publish.bind(change);
  switch (outcome.kind) {
    case 'sent': {
      const sent = await change.update(
        MarketingMessage,
        message,
        { status: 'SENT', sentAt: now, attempts: message.attempts + 1 },
        UPDATE,
      );
      publish(messageEvent('crm.marketing.message.sent', sent, now, change.origin, {}));
      return advanceMemberOf(change, sent, 'SENT');
    }
    case 'rejected': {
      const bounced = await change.update(
        MarketingMessage,
        message,
        { status: 'BOUNCED', statusDetail: outcome.detail, attempts: message.attempts + 1 },
        UPDATE,
      );
      await suppressAddress(
        change.manager,
        message.channel,
        message.address ?? '',
        'BOUNCED',
        message.id,
        now,
      );
      return publish(
        messageEvent('crm.marketing.message.bounced', bounced, now, change.origin, {
          detail: outcome.detail,
        }),
      );
    }
    case 'retry':
    case 'unavailable': {
      const attempts = message.attempts + 1;
      if (outcome.kind === 'retry' && attempts < MAX_SEND_ATTEMPTS) {
        const sendAfter = new Date(now.getTime() + retryDelayMs(attempts));
        await change.update(
          MarketingMessage,
          message,
          { attempts, sendAfter, statusDetail: outcome.detail },
          UPDATE,
        );
        return;
      }
      const failed = await change.update(
        MarketingMessage,
        message,
        { status: 'FAILED', attempts, statusDetail: outcome.detail },
        UPDATE,
      );
      return publish(
        messageEvent('crm.marketing.message.failed', failed, now, change.origin, {
          detail: outcome.detail,
          attempts,
        }),
      );
    }
  }
}
