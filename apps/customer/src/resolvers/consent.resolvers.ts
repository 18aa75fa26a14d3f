import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { appendToOutbox } from '@crm/messaging';
import { guard } from '@crm/permissions';
import { recordAudit, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../customer-loaders';
import type { ConsentChange } from '../data/consent-change.entity';
import { recordConsent } from '../data/consent.repository';
import type { CustomerConsent } from '../data/customer-consent.entity';
import type { Customer } from '../data/customer.entity';
import { parseConsentDecision } from '../domain/consent-input';
import { consentChanged } from '../events/consent-changed.event';
import { writableCustomer } from './customer-access';

type Context = RequestContext<CustomerLoaders>;

const decisionOf = (consent: CustomerConsent | null) =>
  consent && { granted: consent.granted, source: consent.source, changedAt: consent.changedAt };

async function setConsent(args: unknown, context: Context): Promise<Customer> {
  const decision = parseConsentDecision(args);
  const customer = await writableCustomer(decision.customerId, context, 'customerId');
  await context.dataSource.transaction(async (manager) => {
    const { before, after } = await recordConsent(manager, decision, context.caller.userId, new Date());
    await appendToOutbox(manager, [consentChanged(after, decision.source, context)]);
    await recordAudit(manager, context, {
      action: 'setConsent',
      entityType: 'Customer',
      entityId: customer.id,
      before: { [`consent.${decision.channel}`]: decisionOf(before) },
      after: { [`consent.${decision.channel}`]: decisionOf(after) },
    });
  });
  return customer;
}

const changedByOf = (row: { changedBy: string }) => ({ __typename: 'User', id: row.changedBy });

export const consentResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    setConsent: guard('customer:write', (_: unknown, args: unknown, context: Context) =>
      setConsent(args, context),
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
