import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { onLeadConverted } from './events/lead-converted.handler';
import { onMessageUnsubscribed } from './events/message-unsubscribed.handler';
import { createCustomerLoaders } from './customer-loaders';
import { Customer } from './data/customer.entity';
import { CreateCustomers1764000000100 } from './data/migrations/1764000000100-create-customers';
import { ExtendCustomerProfile1764000001000 } from './data/migrations/1764000001000-extend-customer-profile';
import { customerResolvers } from './resolvers/customer.resolvers';
import { CreateCustomerProfileTables1764000001100 } from './data/migrations/1764000001100-create-customer-profile-tables';
import { PROFILE_ENTITIES } from './data/profile-entities';
import { customerUpdateResolvers } from './resolvers/customer-update.resolvers';
import { customerProfileResolvers } from './resolvers/customer-profile.resolvers';
import { contactResolvers } from './resolvers/contact.resolvers';
import { tagResolvers } from './resolvers/tag.resolvers';
import { consentResolvers } from './resolvers/consent.resolvers';
import { noteResolvers } from './resolvers/note.resolvers';
import { dictionaryResolvers } from './resolvers/dictionary.resolvers';
import { erasureResolvers } from './resolvers/erasure.resolvers';
import { Interaction } from './data/interaction.entity';
import { CreateInteractions1764000001200 } from './data/migrations/1764000001200-create-interactions';
import { interactionResolvers } from './resolvers/interaction.resolvers';
import { CustomerRevenue } from './data/customer-revenue.entity';
import { LifecycleChange } from './data/lifecycle-change.entity';
import { TierChange } from './data/tier-change.entity';
import { TierRulesRow } from './data/tier-rules.entity';
import { LifecycleTierChurn1764000001300 } from './data/migrations/1764000001300-lifecycle-tier-churn';
import { onOrderPlaced } from './events/order-placed.handler';
import { churnRiskHandlers } from './events/churn-risk.handlers';
import { CreateChurnRiskSignals1764000004640 } from './data/migrations/1764000004640-create-churn-risk-signals';
import { onPaymentReceived } from './events/payment-received.handler';
import { lifecycleResolvers } from './resolvers/lifecycle.resolvers';
import { tierResolvers } from './resolvers/tier.resolvers';
import { CustomerListAndSearchIndexes1764000001400 } from './data/migrations/1764000001400-customer-list-and-search-indexes';
import { customerListResolvers } from './resolvers/customer-list.resolvers';
import { customerMergeResolvers } from './resolvers/customer-merge.resolvers';
import { duplicateResolvers } from './resolvers/duplicate.resolvers';
import { CreateCustomerImportRuns1764000001500 } from './data/migrations/1764000001500-create-customer-import-runs';
import { customerImportResolvers } from './resolvers/customer-import.resolvers';
import { ImportRunUnchanged1764000001600 } from './data/migrations/1764000001600-import-run-unchanged';
import { CreateDuplicateCandidates1764000004700 } from './data/migrations/1764000004700-create-duplicate-candidates';
import { DuplicateCandidateOwners1764000004710 } from './data/migrations/1764000004710-duplicate-candidate-owners';

export const customerTypeDefs = gql(readSubgraphSdl(__dirname));

export function startCustomerSubgraph(config: ServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: customerTypeDefs,
    resolvers: [
      customerResolvers,
      customerUpdateResolvers,
      customerProfileResolvers,
      contactResolvers,
      tagResolvers,
      consentResolvers,
      noteResolvers,
      dictionaryResolvers,
      erasureResolvers,
      interactionResolvers,
      lifecycleResolvers,
      tierResolvers,
      customerListResolvers,
      duplicateResolvers,
      customerMergeResolvers,
      customerImportResolvers,
    ],
    entities: [
      Customer,
      ...PROFILE_ENTITIES,
      Interaction,
      LifecycleChange,
      TierChange,
      TierRulesRow,
      CustomerRevenue,
    ],
    migrations: [
      CreateCustomers1764000000100,
      ExtendCustomerProfile1764000001000,
      CreateCustomerProfileTables1764000001100,
      CreateInteractions1764000001200,
      LifecycleTierChurn1764000001300,
      CustomerListAndSearchIndexes1764000001400,
      CreateCustomerImportRuns1764000001500,
      ImportRunUnchanged1764000001600,
      CreateChurnRiskSignals1764000004640,
      CreateDuplicateCandidates1764000004700,
      DuplicateCandidateOwners1764000004710,
    ],
    createLoaders: createCustomerLoaders,
    eventHandlers: {
      'crm.sales.payment.received': onPaymentReceived,
      'crm.sales.order.placed': onOrderPlaced,
      'crm.sales.lead.converted': onLeadConverted,
      'crm.marketing.message.unsubscribed': onMessageUnsubscribed,
      ...churnRiskHandlers,
    },
  });
}
