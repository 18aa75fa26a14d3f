import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard } from '@crm/permissions';
import { scopeOfRequest, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { setConsent } from '../changes/consent.changes';
import type { CustomerLoaders } from '../customer-loaders';
import type { ConsentChange } from '../data/consent-change.entity';
import type { Customer } from '../data/customer.entity';

type Context = RequestContext<CustomerLoaders>;

const changedByOf = (row: { changedBy: string }) => ({ __typename: 'User', id: row.changedBy });

export const consentResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    setConsent: guard('customer:write', (_: unknown, args: unknown, context: Context) =>
      setConsent(scopeOfRequest(context), args),
    ),
  },
  Customer: {
    consents: guard('customer:read', (customer: Customer, _: unknown, context: Context) =>
      context.loaders.consentsOfCustomer.load(customer.id),
    ),
    consentHistory: guard('customer:read', (customer: Customer, page: PageRequest, context: Context) =>
      context.loaders.consentHistoryOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  Consent: { changedBy: changedByOf },
  ConsentChange: {
    changedBy: changedByOf,
    changedAt: (change: ConsentChange) => change.createdAt,
  },
};
