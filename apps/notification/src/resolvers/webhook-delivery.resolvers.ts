import { notFound } from '@crm/errors';
import { guard } from '@crm/permissions';
import type { Clock } from '@crm/scheduler';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { webhookDeliveryById, type attemptsByDelivery } from '../data/webhook.repository';
import type { Resolvers } from '../generated/resolvers-types';
import type { NotificationContext } from '../notification-context';
import { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
import type { WebhookSettings } from '../webhooks/webhook-settings';

/** The loader webhook.module.ts adds to every request. */
const attemptsLoader = (context: NotificationContext) =>
  context.loaders.webhookAttemptsByDelivery as ReturnType<typeof attemptsByDelivery>;

/** The delivery log's entries, and sending one of them again (issue 15 §5). */
export const webhookDeliveryResolvers = (settings: WebhookSettings, clock: Clock): Resolvers => ({
  Query: {
    webhookDelivery: guard('webhook:read', (_, { id }, context) =>
      webhookDeliveryById(context.dataSource, parseId('id', id)),
    ),
  },
  Mutation: {
    replayWebhookDelivery: guard('webhook:write', async (_, { id }, context) => {
      const deliveryId = parseId('id', id);
      if (!(await webhookDeliveryById(context.dataSource, deliveryId)))
        throw notFound('WebhookDelivery', id, 'id');
      const dispatcher = new WebhookDispatcher(context.dataSource, settings, clock);
      return dispatcher.tryDelivery(scopeOfRequest(context), deliveryId);
    }),
  },
  WebhookDelivery: {
    attempts: (delivery, _, context) => attemptsLoader(context).load(delivery.id),
  },
});
