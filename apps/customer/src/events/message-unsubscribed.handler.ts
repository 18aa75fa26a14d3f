import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { withdrawConsentOnUnsubscribe } from '../changes/consent.changes';

/** A marketing message's unsubscribe link was followed: consent for its channel is withdrawn. */
export const onMessageUnsubscribed: EventHandler<'crm.marketing.message.unsubscribed'> = (event, manager) =>
  withdrawConsentOnUnsubscribe(scopeOfEvent('customer', manager, event), {
    customerId: event.data.customerId,
    channel: event.data.channel,
    at: new Date(event.data.occurredAt),
  });
