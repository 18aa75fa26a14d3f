import { badUserInput, notFound } from '@crm/errors';
import { SYSTEM_ACTOR } from '@crm/events';
import { canReadPii, guard, guardReference, PUBLIC } from '@crm/permissions';
import { parseId, runIdempotently, scopeOfRequest, type ChangeScope } from '@crm/subgraph-kit';
import { dispatchMessage } from '../changes/message-dispatch.changes';
import { queueMarketingMessage } from '../changes/message-send.changes';
import { reportMessageDelivery, unsubscribeByLink } from '../changes/message-tracking.changes';
import type { MarketingMessage } from '../data/marketing-message.entity';
import { listMessages } from '../data/message.repository';
import { verifyTrackingLink } from '../domain/tracking-link';
import type { Resolvers, SendMarketingMessageInput } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';
import type { MarketingSettings } from '../marketing-module';
import { templateById } from './message-template.resolvers';

async function messageById(id: string, context: MarketingContext, field = 'id'): Promise<MarketingMessage> {
  const message = await context.loaders.marketingMessageById.load(parseId(field, id));
  if (!message) throw notFound('MarketingMessage', id, field);
  return message;
}

/** The recipient acts without a login: the signed link proves the message. Nobody is the actor. */
const recipientScope = (context: MarketingContext): ChangeScope => ({
  ...scopeOfRequest(context),
  origin: { actor: SYSTEM_ACTOR, correlationId: context.correlationId },
});

/** Queue once per idempotency key, then (outside that transaction) hand a QUEUED message to the relay. */
async function sendFor(
  { idempotencyKey, ...input }: SendMarketingMessageInput,
  context: MarketingContext,
  { messaging }: MarketingSettings,
): Promise<MarketingMessage> {
  const request = {
    templateId: parseId('input.templateId', input.templateId),
    customerId: parseId('input.customerId', input.customerId),
    campaignId: input.campaignId ? parseId('input.campaignId', input.campaignId) : null,
    variables: (input.variables ?? {}) as Record<string, unknown>,
  };
  const now = context.loaders.now();
  const operation = {
    operation: 'sendMarketingMessage',
    key: idempotencyKey,
    input,
    field: 'input.idempotencyKey',
  };
  const id = await runIdempotently(scopeOfRequest(context), operation, async (scope) => {
    const message = await queueMarketingMessage(scope, request, messaging.settings, now);
    return message.id;
  });
  // The message is recorded: should handing it over fail, it stays QUEUED for the dispatch job.
  const dispatcher = { dataSource: context.dataSource, ...messaging };
  const origin = { actor: context.caller.userId, correlationId: context.correlationId };
  await dispatchMessage(dispatcher, id, now, origin).catch((error: unknown) =>
    messaging.logger.error({ err: error, messageId: id }, 'dispatching failed; the dispatch job retries it'),
  );
  return (await context.loaders.marketingMessageById.clear(id).load(id)) as MarketingMessage;
}

export const marketingMessageResolvers = (settings: MarketingSettings): Resolvers => ({
  Query: {
    marketingMessage: guard('campaign:read', (_, { id }, context) => messageById(id, context)),
    marketingMessages: guard('campaign:read', (_, { customerId, campaignId, ...page }, context) => {
      if (!customerId && !campaignId)
        throw badUserInput('customerId', 'give customerId or campaignId (or both)');
      return listMessages(
        context.dataSource,
        {
          customerId: customerId ? parseId('customerId', customerId) : null,
          campaignId: campaignId ? parseId('campaignId', campaignId) : null,
        },
        page,
      );
    }),
  },
  Mutation: {
    sendMarketingMessage: guard('campaign:write', (_, { input }, context) =>
      sendFor(input, context, settings),
    ),
    reportMessageDelivery: guard('campaign:write', (_, { input }, context) =>
      reportMessageDelivery(
        scopeOfRequest(context),
        {
          messageId: parseId('input.messageId', input.messageId),
          delivered: input.delivered,
          detail: input.detail ?? null,
        },
        context.loaders.now(),
      ),
    ),
    unsubscribe: guard(PUBLIC, async (_, { token }, context) => {
      const { messageId, action } = await verifyTrackingLink(
        token,
        settings.messaging.settings.linkSecret,
        'token',
      );
      if (action !== 'unsubscribe') throw badUserInput('token', 'is not an unsubscribe link');
      await unsubscribeByLink(recipientScope(context), messageId, context.loaders.now());
      return true;
    }),
  },
  MarketingMessage: {
    __resolveReference: guardReference('campaign:read', (reference, context) =>
      context.loaders.marketingMessageById.load(reference.id),
    ),
    template: (message, _, context) => templateById(message.templateId, context, 'templateId'),
    customer: (message) => ({ id: message.customerId }),
    campaign: (message, _, context) =>
      message.campaignId ? context.loaders.campaignById.load(message.campaignId) : null,
    address: (message, _, context) => (canReadPii(context.caller) ? message.address : null),
  },
});
