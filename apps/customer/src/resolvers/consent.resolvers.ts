import type { Resolvers } from '../generated/resolvers-types';
import { guard } from '@crm/permissions';
import { scopeOfRequest } from '@crm/subgraph-kit';
import { setConsent } from '../changes/consent.changes';
import { userRef } from './history-actor';
import type { ConsentChange } from '../data/consent-change.entity';

const changedByOf = (row: { changedBy: string }) => userRef(row.changedBy);

export const consentResolvers: Resolvers = {
  Mutation: {
    setConsent: guard('customer:write', (_, args, context) => setConsent(scopeOfRequest(context), args)),
  },
  Customer: {
    consents: guard('customer:read', (customer, _, context) =>
      context.loaders.consentsOfCustomer.load(customer.id),
    ),
    consentHistory: guard('customer:read', (customer, page, context) =>
      context.loaders.consentHistoryOfCustomer.load({ parentId: customer.id, ...page }),
    ),
  },
  Consent: { changedBy: changedByOf },
  ConsentChange: {
    changedBy: changedByOf,
    changedAt: (change: ConsentChange) => change.createdAt,
  },
};
