import { guard } from '@crm/permissions';
import { parseId } from '@crm/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

async function referralCodeOf(customerId: string, context: MarketingContext): Promise<string | null> {
  const [member] = await context.loaders.loyaltyMembersOfCustomer.load(customerId);
  return member?.referralCode ?? null;
}

/** A referrer's stats with their code; zeros for a customer who never referred anyone. */
async function statsOf(customerId: string, context: MarketingContext) {
  const [stats] = await context.loaders.referralStatsOfCustomer.load(customerId);
  return { ...stats, code: await referralCodeOf(customerId, context) };
}

export const referralResolvers: Resolvers = {
  Query: {
    referralStats: guard('loyalty:read', (_, { customerId }, context) =>
      statsOf(parseId('customerId', customerId), context),
    ),
  },
  Customer: {
    referralCode: guard('loyalty:read', (customer, _, context) => referralCodeOf(customer.id, context)),
    referrals: guard('loyalty:read', (customer, _, context) => statsOf(customer.id, context)),
  },
};
