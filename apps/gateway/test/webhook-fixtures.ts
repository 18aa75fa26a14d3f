import { waitFor } from '@crm/platform-testing';

/**
 * Webhook endpoints made for one caller's rows of the authorization matrix (issue 15 §5). They
 * point at TEST-NET-1 (RFC 5737), a public but unrouted address: registration accepts it, and
 * nothing real is ever reached.
 */
export interface WebhookFixture {
  /** Enabled, disabled and rotated by the rows (no version is passed, so their order does not matter). */
  toChange: string;
  toDelete: string;
  /** A delivery on `toChange`, for the delivery and replay rows. */
  deliveryId: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export const MATRIX_WEBHOOK_URL = 'https://192.0.2.10/crm-matrix';
const REGISTERED = 'crm.notification.webhook_endpoint.registered';
const REGISTER = `mutation ($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { endpoint { id } } }`;

/** Made by an admin: the second registration is the event delivered to the first endpoint. */
export async function createWebhookFixture(send: Send): Promise<WebhookFixture> {
  const register = async (eventTypes: string[]) =>
    (
      await send<{ registerWebhookEndpoint: { endpoint: { id: string } } }>(REGISTER, {
        input: { url: MATRIX_WEBHOOK_URL, eventTypes },
      })
    ).registerWebhookEndpoint.endpoint.id;
  const toChange = await register([REGISTERED]);
  const toDelete = await register([REGISTERED]);
  const deliveryId = await waitFor(async () => {
    const { webhookEndpoint } = await send<{
      webhookEndpoint: { deliveries: { edges: { node: { id: string } }[] } };
    }>(`query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 1) { edges { node { id } } } } }`, {
      id: toChange,
    });
    const [edge] = webhookEndpoint.deliveries.edges;
    if (!edge) throw new Error(`no delivery yet on webhook endpoint ${toChange}`);
    return edge.node.id;
  });
  return { toChange, toDelete, deliveryId };
}
