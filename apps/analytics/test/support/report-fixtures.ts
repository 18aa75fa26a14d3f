import type { DataSource } from 'typeorm';
import { buildEvent, systemOrigin, type AnyCloudEvent, type EventPayload } from '@crm/events';
import { appendToOutbox } from '@crm/messaging';
import { ok, type Send, type TestPlatform, waitFor } from '@crm/platform-testing';

/** Events published from a service's real outbox, as if it had made the change (backdated facts). */
export async function publishFrom(dataSource: DataSource, events: AnyCloudEvent[]): Promise<void> {
  await dataSource.transaction((manager) => appendToOutbox(manager, events));
}

const origin = systemOrigin('customer-report-test');

export const customerCreatedEvent = (customerId: string, ownerId: string, createdAt: string) =>
  buildEvent('crm.customer.customer.created', {
    subject: customerId,
    ...origin,
    data: {
      customerId,
      kind: 'COMPANY',
      name: 'Report Co',
      email: null,
      phone: null,
      ownerId,
      lifecycleStage: 'PROSPECT',
      createdAt,
    },
  });

export const customerChurnedEvent = (
  customerId: string,
  reasonCategory: EventPayload<'crm.customer.customer.churned'>['reasonCategory'],
  churnedAt: string,
) =>
  buildEvent('crm.customer.customer.churned', {
    subject: customerId,
    ...origin,
    data: { customerId, reasonCategory, note: null, previousStage: 'CUSTOMER', actorId: 'system', churnedAt },
  });

export const customerReactivatedEvent = (customerId: string, reactivatedAt: string) =>
  buildEvent('crm.customer.customer.reactivated', {
    subject: customerId,
    ...origin,
    data: {
      customerId,
      reason: 'Came back',
      previousChurnReasonCategory: 'SERVICE',
      churnedAt: null,
      actorId: 'system',
      reactivatedAt,
    },
  });

export const customerMergedEvent = (survivorId: string, mergedIds: string[], mergedAt: string) =>
  buildEvent('crm.customer.customer.merged', {
    subject: survivorId,
    ...origin,
    data: { customerId: survivorId, mergedCustomerIds: mergedIds, mergedAt },
  });

export const orderPlacedEvent = (
  orderId: string,
  customerId: string,
  total: string,
  placedAt: string,
  currency = 'EUR',
) =>
  buildEvent('crm.sales.order.placed', {
    subject: orderId,
    ...origin,
    data: {
      orderId,
      customerId,
      opportunityId: null,
      contractId: null,
      total,
      currency,
      ownerId: null,
      placedAt,
    },
  });

/** A customer sales knows (its projection has it), owned by `ownerId`. */
export async function customerKnownToSales(
  platform: TestPlatform,
  admin: Send,
  ownerId: string,
): Promise<string> {
  const { createCustomer } = await ok(
    admin<{ createCustomer: { id: string } }>(
      `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Report Co", ownerId: $ownerId }) { id } }`,
      { ownerId },
    ),
  );
  await waitFor(async () => {
    const rows: unknown[] = await platform.subgraphs.sales.dataSource.query(
      'SELECT 1 FROM known_customers WHERE id = $1',
      [createCustomer.id],
    );
    if (!rows.length) throw new Error('sales has not seen the customer yet');
  });
  return createCustomer.id;
}

/** A won deal of `amount` `currency` turned into an order placed now (order.placed). */
export async function placedOrder(owner: Send, customerId: string, amount: string, currency: string) {
  const { createOpportunity } = await ok(
    owner<{ createOpportunity: { id: string; version: number } }>(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
      { input: { customerId, name: 'Report deal', amount, currency } },
    ),
  );
  const { winOpportunity } = await ok(
    owner<{ winOpportunity: { id: string } }>(
      `mutation ($id: ID!, $version: Int!) { winOpportunity(id: $id, version: $version, reason: "Fit") { id } }`,
      createOpportunity,
    ),
  );
  const { placeOrder } = await ok(
    owner<{ placeOrder: { id: string } }>(
      `mutation ($id: ID!) { placeOrder(input: { opportunityId: $id }) { id } }`,
      {
        id: winOpportunity.id,
      },
    ),
  );
  return placeOrder.id;
}
