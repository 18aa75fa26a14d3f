import { randomUUID } from 'node:crypto';
import { newId } from '@crm/db';
import { buildEvent, parseEvent, topicOf, type AnyCloudEvent, type EventType } from '@crm/events';
import { ok, waitFor, type EventProbe, type Send } from '@crm/platform-testing';

/** Fixtures of the loyalty and referral tests: programmes, customers, payments and what Kafka saw. */

export const LOYALTY_TOPICS = [
  topicOf('crm.marketing.loyalty.programme_created'),
  topicOf('crm.marketing.referral.recorded'),
];

export const MEMBER = `id balance lifetimePoints level { name quoteDiscountPercent } programme { id name }
  history(first: 20) { edges { node { kind points balanceAfter paymentId amount { amount currency } multiplier campaignMultiplier reason expiresAt } } }`;

export interface MemberView {
  id: string;
  balance: number;
  lifetimePoints: number;
  level: { name: string; quoteDiscountPercent: string } | null;
  programme: { id: string; name: string };
  history: {
    edges: {
      node: {
        kind: string;
        points: number;
        balanceAfter: number;
        paymentId: string | null;
        amount: { amount: string; currency: string } | null;
        multiplier: string | null;
        campaignMultiplier: string | null;
        reason: string | null;
        expiresAt: string | null;
      };
    }[];
  };
}

export const LEVELS = [
  { name: 'Silver', threshold: '0', pointsMultiplier: '1', quoteDiscountPercent: '0' },
  { name: 'Gold', threshold: '1000', pointsMultiplier: '1.5', quoteDiscountPercent: '5' },
];

export async function createProgramme(send: Send, input: Record<string, unknown> = {}): Promise<string> {
  const { createLoyaltyProgramme } = await ok(
    send<{ createLoyaltyProgramme: { id: string } }>(
      `mutation ($input: CreateLoyaltyProgrammeInput!) { createLoyaltyProgramme(input: $input) { id } }`,
      {
        input: {
          name: `Rewards ${randomUUID().slice(0, 6)}`,
          currency: 'EUR',
          pointsPerUnit: '1',
          levelBasis: 'POINTS',
          levels: LEVELS,
          pointsExpiryMonths: 12,
          referralRewardPoints: 250,
          ...input,
        },
      },
    ),
  );
  return createLoyaltyProgramme.id;
}

export async function createCustomer(send: Send, input: Record<string, unknown> = {}): Promise<string> {
  const { createCustomer } = await ok(
    send<{ createCustomer: { id: string } }>(
      `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { kind: 'PERSON', name: 'Ana Loyal', ...input } },
    ),
  );
  return createCustomer.id;
}

export async function enrol(send: Send, programmeId: string, customerId: string): Promise<string> {
  const { enrollCustomer } = await ok(
    send<{ enrollCustomer: { id: string } }>(
      `mutation ($p: ID!, $c: ID!) { enrollCustomer(programmeId: $p, customerId: $c) { id } }`,
      { p: programmeId, c: customerId },
    ),
  );
  return enrollCustomer.id;
}

export async function loyaltyOf(send: Send, customerId: string): Promise<MemberView | null> {
  const { customer } = await ok(
    send<{ customer: { loyalty: MemberView | null } }>(
      `query ($id: ID!) { customer(id: $id) { loyalty { ${MEMBER} } } }`,
      { id: customerId },
    ),
  );
  return customer.loyalty;
}

/** Waits until the member's view satisfies `expectation` (events are applied asynchronously). */
export const loyaltyWhen = (send: Send, customerId: string, expectation: (member: MemberView) => void) =>
  waitFor(async () => {
    const member = await loyaltyOf(send, customerId);
    if (!member) throw new Error(`customer ${customerId} is no member yet`);
    expectation(member);
    return member;
  });

/** A payment.received as sales would publish it. */
export function paymentReceived(
  customerId: string,
  amount: string,
  { currency = 'EUR', paymentId = newId(), receivedAt = '2026-01-10T10:00:00.000Z' } = {},
) {
  return buildEvent('crm.sales.payment.received', {
    subject: paymentId,
    actor: 'system',
    correlationId: randomUUID(),
    data: {
      paymentId,
      orderId: newId(),
      customerId,
      amount,
      currency,
      outstandingBalance: '0.00',
      receivedAt,
    },
  });
}

/** The events of `type` about `subject` read back from Kafka (schema-checked by parseEvent). */
export function published<T extends EventType>(probe: EventProbe, type: T, subject: string) {
  return probe.messages
    .map((message) => parseEvent(message.value))
    .filter(
      (event): event is Extract<AnyCloudEvent, { type: T }> =>
        event.type === type && event.subject === subject,
    );
}

/** Waits for `count` events of `type` about `subject` on Kafka and returns them. */
export const publishedWhen = <T extends EventType>(probe: EventProbe, type: T, subject: string, count = 1) =>
  waitFor(() => {
    const events = published(probe, type, subject);
    if (events.length < count)
      throw new Error(`${events.length} of ${count} ${type} for ${subject} on Kafka yet`);
    return events;
  });
