import type { Send } from './demo-client';

/**
 * The demo loyalty programme (issue 13 §5, §6): three levels by points, members at each level
 * earned through real contracts, orders and payments (so points arrive through payment.received
 * like in production), a redemption, and a referral by the top member's code.
 */

const LEVELS = [
  { name: 'Silver', threshold: '0', pointsMultiplier: '1', quoteDiscountPercent: '0' },
  { name: 'Gold', threshold: '1000', pointsMultiplier: '1.5', quoteDiscountPercent: '5' },
  { name: 'Platinum', threshold: '5000', pointsMultiplier: '2', quoteDiscountPercent: '10' },
];

/** What each demo member has paid, in EUR: one Silver, one Gold, one Platinum, two new members. */
const PAYMENTS = ['600.00', '1800.00', '6200.00', null, null];

const dateOf = (date: Date) => date.toISOString().slice(0, 10);

/** Sales learns customers from events: its first write for a customer may wait for it (up to 30 s). */
async function retrying<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt > 300 || !String(error).includes('does not exist')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A signed contract's order for `customerId`, paid in full with `amount` EUR. */
async function pay(send: Send, customerId: string, amount: string): Promise<void> {
  const today = new Date();
  const { createContract } = (await retrying(() =>
    send('mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }', {
      input: {
        customerId,
        value: amount,
        currency: 'EUR',
        startDate: dateOf(today),
        endDate: dateOf(new Date(today.getTime() + 365 * 86_400_000)),
      },
    }),
  )) as { createContract: { id: string } };
  await send('mutation ($id: ID!) { moveContract(input: { id: $id, version: 1, to: SIGNED }) { id } }', {
    id: createContract.id,
  });
  const { placeOrder } = (await send(
    'mutation ($id: ID!) { placeOrder(input: { contractId: $id }) { id } }',
    {
      id: createContract.id,
    },
  )) as { placeOrder: { id: string } };
  await send('mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }', {
    input: { orderId: placeOrder.id, amount, currency: 'EUR', receivedAt: today.toISOString() },
  });
}

/** Waits until marketing has applied the payments (up to 30 s) and returns the member's balance. */
async function balanceOnceEarned(send: Send, customerId: string, atLeast: number): Promise<number> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const { customer } = (await send('query ($id: ID!) { customer(id: $id) { loyalty { id balance } } }', {
      id: customerId,
    })) as { customer: { loyalty: { balance: number } | null } };
    if ((customer.loyalty?.balance ?? 0) >= atLeast) return customer.loyalty!.balance;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`customer ${customerId} did not earn ${atLeast} points within 30 s`);
}

export async function loadDemoLoyalty(
  send: Send,
  customerIds: string[],
  log: (message: string) => void,
): Promise<void> {
  log('loading the demo loyalty programme: levels, members with points, a redemption and a referral');
  const { createLoyaltyProgramme } = (await send(
    'mutation ($input: CreateLoyaltyProgrammeInput!) { createLoyaltyProgramme(input: $input) { id } }',
    {
      input: {
        name: 'Demo Rewards',
        currency: 'EUR',
        pointsPerUnit: '1',
        levelBasis: 'POINTS',
        levels: LEVELS,
        pointsExpiryMonths: 12,
        autoEnroll: false,
        referralRewardPoints: 250,
      },
    },
  )) as { createLoyaltyProgramme: { id: string } };
  const members = customerIds.slice(0, PAYMENTS.length);
  for (const [i, customerId] of members.entries()) {
    const { enrollCustomer } = (await send(
      'mutation ($p: ID!, $c: ID!) { enrollCustomer(programmeId: $p, customerId: $c) { id } }',
      { p: createLoyaltyProgramme.id, c: customerId },
    )) as { enrollCustomer: { id: string } };
    const amount = PAYMENTS[i];
    if (amount === null) continue;
    await pay(send, customerId, amount);
    const balance = await balanceOnceEarned(send, customerId, 1);
    if (i === 1) {
      await send(
        'mutation ($m: ID!) { redeemPoints(memberId: $m, points: 300, reason: "Demo voucher") { id } }',
        {
          m: enrollCustomer.id,
        },
      );
    }
    log(`  member ${i + 1}: paid ${amount} EUR, ${balance} points`);
  }
  const { customer } = (await send('query ($id: ID!) { customer(id: $id) { referralCode } }', {
    id: members[2],
  })) as { customer: { referralCode: string } };
  await send('mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
    input: { kind: 'PERSON', name: 'Rafa Referred', referralCode: customer.referralCode },
  });
  log(`  a customer referred with code ${customer.referralCode}`);
}
