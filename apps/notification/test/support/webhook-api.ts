import { ok, type Send } from '@crm/platform-testing';

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attemptCount: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  attempts: { attempt: number; statusCode: number | null; error: string | null; durationMs: number }[];
}

export interface EndpointView {
  id: string;
  enabled: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  version: number;
  deliveries: { edges: { node: DeliveryView }[] };
}

const DELIVERY_FIELDS = `id eventId eventType status attemptCount nextAttemptAt lastStatusCode
  attempts { attempt statusCode error durationMs }`;

export const REGISTER = `mutation ($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) { secret endpoint { id enabled eventTypes version } }
}`;

export async function registerEndpoint(send: Send, input: Record<string, unknown>) {
  const { registerWebhookEndpoint } = await ok(
    send<{ registerWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(REGISTER, { input }),
  );
  return registerWebhookEndpoint;
}

export async function endpointOf(send: Send, id: string): Promise<EndpointView> {
  const { webhookEndpoint } = await ok(
    send<{ webhookEndpoint: EndpointView }>(
      `query ($id: ID!) { webhookEndpoint(id: $id) {
        id enabled disabledReason consecutiveFailures version
        deliveries(first: 20) { edges { node { ${DELIVERY_FIELDS} } } }
      } }`,
      { id },
    ),
  );
  return webhookEndpoint;
}

/** The endpoint's delivery of the event about `subject`, once the consumer has recorded it. */
export async function deliveryAbout(send: Send, endpointId: string, eventIdOf: (d: DeliveryView) => boolean) {
  const endpoint = await endpointOf(send, endpointId);
  const delivery = endpoint.deliveries.edges.map((edge) => edge.node).find(eventIdOf);
  if (!delivery) throw new Error(`no delivery yet on endpoint ${endpointId}`);
  return delivery;
}

export async function replay(send: Send, deliveryId: string): Promise<DeliveryView> {
  const { replayWebhookDelivery } = await ok(
    send<{ replayWebhookDelivery: DeliveryView }>(
      `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { ${DELIVERY_FIELDS} } }`,
      { id: deliveryId },
    ),
  );
  return replayWebhookDelivery;
}

export async function createCustomer(send: Send, name: string): Promise<string> {
  const { createCustomer } = await ok(
    send<{ createCustomer: { id: string } }>(
      `mutation ($name: String!) { createCustomer(input: { kind: COMPANY, name: $name }) { id } }`,
      { name },
    ),
  );
  return createCustomer.id;
}
