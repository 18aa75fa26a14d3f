import { CreateWebhooks1764000009500 } from './data/migrations/1764000009500-create-webhooks';
import { WebhookDeliveryAttempt } from './data/webhook-delivery-attempt.entity';
import { WebhookDelivery } from './data/webhook-delivery.entity';
import { WebhookEndpointSecret } from './data/webhook-endpoint-secret.entity';
import { WebhookEndpoint } from './data/webhook-endpoint.entity';
import { attemptsByDelivery, deliveriesByEndpoint } from './data/webhook.repository';
import { webhookFanOutHandlers } from './events/webhook-fan-out.handlers';
import { webhookDeliveriesJob } from './jobs/webhook-deliveries.job';
import type { NotificationModule } from './notification-module';
import { webhookDeliveryResolvers } from './resolvers/webhook-delivery.resolvers';
import { webhookEndpointResolvers } from './resolvers/webhook-endpoint.resolvers';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { webhookSettingsOf } from './webhooks/webhook-settings';

/** Outbound webhooks: endpoints, signed CloudEvent deliveries with retries, the delivery log (issue 15 §5). */
export const webhookModule: NotificationModule = {
  resolvers: ({ env, clock }) => [
    webhookEndpointResolvers(webhookSettingsOf(env), clock),
    webhookDeliveryResolvers(webhookSettingsOf(env), clock),
  ],
  entities: [WebhookEndpoint, WebhookEndpointSecret, WebhookDelivery, WebhookDeliveryAttempt],
  migrations: [CreateWebhooks1764000009500],
  loaders: (dataSource) => ({
    webhookAttemptsByDelivery: attemptsByDelivery(dataSource),
    webhookDeliveriesByEndpoint: deliveriesByEndpoint(dataSource),
  }),
  eventHandlers: ({ clock }) => webhookFanOutHandlers(clock),
  jobs: (dataSource, { env, clock }) => {
    const settings = webhookSettingsOf(env);
    return [
      webhookDeliveriesJob(
        dataSource,
        new WebhookDispatcher(dataSource, settings, clock),
        settings.deliveryCron,
      ),
    ];
  },
};
