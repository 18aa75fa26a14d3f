import type { Send } from './demo-client';

/** Sales learns customers from events: the deal may wait for its customer (up to 30 s). */
async function retryWhileCustomerUnknown<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt > 300 || !String(error).includes('does not exist')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A large deal on Rita's opportunity, so Sam (her team's manager) finds it in his inbox
 * (`myNotifications` with Sam's token) and its mail in the local catcher: the EUR threshold is set
 * after the other demo deals, so this is the one that crosses it.
 */
export async function loadDemoNotifications(
  send: Send,
  ritaId: string,
  log: (message: string) => void,
  currency = 'EUR',
) {
  log('loading demo notifications: a large deal on Rita’s opportunity tells Sam, in his inbox and by mail');
  await send(
    'mutation ($currency: String!) { setLargeDealThreshold(currency: $currency, amount: "150000") { currency } }',
    {
      currency,
    },
  );
  const { createCustomer } = (await send(
    'mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Nordlicht Logistics", ownerId: $ownerId }) { id } }',
    { ownerId: ritaId },
  )) as { createCustomer: { id: string } };
  await retryWhileCustomerUnknown(() =>
    send('mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', {
      input: {
        customerId: createCustomer.id,
        ownerId: ritaId,
        name: 'Nordlicht fleet rollout',
        amount: '240000.00',
        currency,
      },
    }),
  );
}
