import type { Role } from '@crm/permissions';
import { MATRIX_WEBHOOK_URL } from '../webhook-fixtures';
import type { MatrixRow } from './matrix-row';

/** Webhooks carry every event of the platform out of it: admins alone manage them. */
const WEBHOOK_ADMINS: readonly Role[] = ['ADMIN'];

/** The outbound webhook rows of the authorization matrix (issue 15 §5). */
export const WEBHOOK_ROWS: readonly MatrixRow[] = [
  {
    operation: 'webhookEndpoints',
    subgraph: 'notification',
    document: `{ webhookEndpoints(first: 5) { edges { node { id } } } }`,
    resultPath: ['webhookEndpoints'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'webhookEndpoint',
    subgraph: 'notification',
    document: `query ($id: ID!) { webhookEndpoint(id: $id) { id deliveries(first: 5) { edges { node { id } } } } }`,
    variables: (own) => ({ id: own.webhooks.toChange }),
    resultPath: ['webhookEndpoint'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'webhookDelivery',
    subgraph: 'notification',
    document: `query ($id: ID!) { webhookDelivery(id: $id) { id attempts { attempt } } }`,
    variables: (own) => ({ id: own.webhooks.deliveryId }),
    resultPath: ['webhookDelivery'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'webhookEventTypes',
    subgraph: 'notification',
    document: `{ webhookEventTypes }`,
    resultPath: ['webhookEventTypes'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'registerWebhookEndpoint',
    subgraph: 'notification',
    document: `mutation ($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { endpoint { id } } }`,
    variables: () => ({ input: { url: MATRIX_WEBHOOK_URL, eventTypes: ['crm.sales.opportunity.won'] } }),
    resultPath: ['registerWebhookEndpoint'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'enableWebhookEndpoint',
    subgraph: 'notification',
    document: `mutation ($id: ID!) { enableWebhookEndpoint(id: $id) { id } }`,
    variables: (own) => ({ id: own.webhooks.toChange }),
    resultPath: ['enableWebhookEndpoint'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'disableWebhookEndpoint',
    subgraph: 'notification',
    document: `mutation ($id: ID!) { disableWebhookEndpoint(id: $id) { id } }`,
    variables: (own) => ({ id: own.webhooks.toChange }),
    resultPath: ['disableWebhookEndpoint'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'rotateWebhookSecret',
    subgraph: 'notification',
    document: `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { endpoint { id } } }`,
    variables: (own) => ({ id: own.webhooks.toChange }),
    resultPath: ['rotateWebhookSecret'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'deleteWebhookEndpoint',
    subgraph: 'notification',
    document: `mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
    variables: (own) => ({ id: own.webhooks.toDelete }),
    resultPath: ['deleteWebhookEndpoint'],
    allowed: WEBHOOK_ADMINS,
  },
  {
    operation: 'replayWebhookDelivery',
    subgraph: 'notification',
    document: `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id attemptCount } }`,
    variables: (own) => ({ id: own.webhooks.deliveryId }),
    resultPath: ['replayWebhookDelivery'],
    allowed: WEBHOOK_ADMINS,
  },
];
