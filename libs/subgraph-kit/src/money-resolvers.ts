import { Kind, type DocumentNode } from 'graphql';
import { formatAmount } from '@crm/db';

interface MoneyValue {
  amount: string;
  currency: string;
}

/**
 * `Money.amount` with its currency's minor units, whatever the resolver that made the value
 * (a stored numeric(19,4), a sum, a read model): "12500.00" EUR never comes back as "12500".
 */
const moneyResolvers = {
  Money: {
    amount: ({ amount, currency }: MoneyValue) =>
      amount === null || amount === undefined ? amount : formatAmount(String(amount), currency),
  },
};

/** The Money resolvers, for a subgraph whose SDL has the Money type. */
export function moneyResolversFor(typeDefs: DocumentNode): (typeof moneyResolvers)[] {
  const definesMoney = typeDefs.definitions.some(
    (definition) =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === 'Money',
  );
  return definesMoney ? [moneyResolvers] : [];
}
