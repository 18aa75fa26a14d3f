import { InputProblems } from '@crm/errors';
import { guard } from '@crm/permissions';
import type { Clock } from '@crm/scheduler';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import {
  deleteWebhookEndpoint,
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  registerWebhookEndpoint,
  rotateWebhookSecret,
} from '../changes/webhook-endpoint.changes';
import {
  listWebhookEndpoints,
  webhookEndpointById,
  type deliveriesByEndpoint,
} from '../data/webhook.repository';
import { parseWebhookEventFilter, WEBHOOK_EVENT_TYPES } from '../domain/webhook-event-filter';
import { generateWebhookSecret, parseWebhookSecret } from '../domain/webhook-secret';
import { parseWebhookUrl } from '../domain/webhook-url';
import type { RegisterWebhookEndpointInput, Resolvers } from '../generated/resolvers-types';
import type { NotificationContext } from '../notification-context';
import { assertWebhookTarget } from '../webhooks/webhook-target-guard';
import type { WebhookSettings } from '../webhooks/webhook-settings';

const MAX_DESCRIPTION = 500;

/** The loader webhook.module.ts adds to every request. */
const deliveriesLoader = (context: NotificationContext) =>
  context.loaders.webhookDeliveriesByEndpoint as ReturnType<typeof deliveriesByEndpoint>;

async function parseRegistration(input: RegisterWebhookEndpointInput, settings: WebhookSettings) {
  const problems = new InputProblems();
  const url = problems.check(() => parseWebhookUrl('input.url', input.url));
  const eventTypes = problems.check(() => parseWebhookEventFilter('input.eventTypes', input.eventTypes));
  const secret = problems.check(() =>
    input.secret == null ? generateWebhookSecret() : parseWebhookSecret('input.secret', input.secret),
  );
  const description = input.description?.trim() || null;
  if (description && description.length > MAX_DESCRIPTION)
    problems.add('input.description', `must be at most ${MAX_DESCRIPTION} characters`);
  if (url) await problems.check(() => assertWebhookTarget('input.url', url, settings.allowPrivateTargets));
  problems.throwIfAny();
  return { url: url!.toString(), eventTypes: eventTypes ?? null, secret: secret!, description };
}

const seen = (id: string, version: number | null | undefined) => ({ id: parseId('id', id), version });

/** Admins register, list, switch and delete the endpoints events are sent to (issue 15 §5). */
export const webhookEndpointResolvers = (settings: WebhookSettings, clock: Clock): Resolvers => ({
  Query: {
    webhookEndpoints: guard('webhook:read', (_, page, context) =>
      listWebhookEndpoints(context.dataSource, page),
    ),
    webhookEndpoint: guard('webhook:read', (_, { id }, context) =>
      webhookEndpointById(context.dataSource, parseId('id', id)),
    ),
    webhookEventTypes: guard('webhook:read', () => WEBHOOK_EVENT_TYPES),
  },
  Mutation: {
    registerWebhookEndpoint: guard('webhook:write', async (_, { input }, context) =>
      registerWebhookEndpoint(scopeOfRequest(context), await parseRegistration(input, settings), clock.now()),
    ),
    enableWebhookEndpoint: guard('webhook:write', (_, { id, version }, context) =>
      enableWebhookEndpoint(scopeOfRequest(context), seen(id, version), clock.now()),
    ),
    disableWebhookEndpoint: guard('webhook:write', (_, { id, version }, context) =>
      disableWebhookEndpoint(scopeOfRequest(context), seen(id, version), clock.now()),
    ),
    rotateWebhookSecret: guard('webhook:write', (_, { id, version, secret }, context) =>
      rotateWebhookSecret(
        scopeOfRequest(context),
        seen(id, version),
        secret == null ? generateWebhookSecret() : parseWebhookSecret('secret', secret),
        clock.now(),
      ),
    ),
    deleteWebhookEndpoint: guard('webhook:write', (_, { id, version }, context) =>
      deleteWebhookEndpoint(scopeOfRequest(context), seen(id, version), clock.now()),
    ),
  },
  WebhookEndpoint: {
    deliveries: (endpoint, { first, after, status }, context) =>
      deliveriesLoader(context).load({
        parentId: endpoint.id,
        first,
        after,
        filter: status ? { status: [status] } : null,
      }),
  },
});
