import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import type { Scheduler } from '@crm/scheduler';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { KnownCustomer } from './data/known-customer.entity';
import { CustomerLoyaltyDiscount } from './data/customer-loyalty-discount.entity';
import { CreateCustomerLoyaltyDiscounts1764000004550 } from './data/migrations/1764000004550-create-customer-loyalty-discounts';
import { onLoyaltyLevelChanged } from './events/loyalty-level-changed.handler';
import { onJourneyFollowUpRequested } from './events/journey-follow-up-requested.handler';
import { CreateOpportunities1764000000200 } from './data/migrations/1764000000200-create-opportunities';
import { AddKnownCustomerOwner1764000000210 } from './data/migrations/1764000000210-add-known-customer-owner';
import { Opportunity } from './data/opportunity.entity';
import { Activity } from './data/activity.entity';
import { LargeDealThreshold } from './data/large-deal-threshold.entity';
import { OpportunityStageChange } from './data/opportunity-stage-change.entity';
import { OpportunityPipeline1764000002200 } from './data/migrations/1764000002200-opportunity-pipeline';
import { CreateActivities1764000002210 } from './data/migrations/1764000002210-create-activities';
import { onCustomerErased } from './events/customer-erased.handler';
import { onCustomerMerged } from './events/customer-merged.handler';
import { activityResolvers } from './resolvers/activity.resolvers';
import { largeDealThresholdResolvers } from './resolvers/large-deal-threshold.resolvers';
import { opportunityStageResolvers } from './resolvers/opportunity-stage.resolvers';
import { pipelineResolvers } from './resolvers/pipeline.resolvers';
import { Contract } from './data/contract.entity';
import { CreateSalesDocuments1764000002300 } from './data/migrations/1764000002300-create-sales-documents';
import { OpportunityLineItem } from './data/opportunity-line-item.entity';
import { OrderLine } from './data/order-line.entity';
import { Order } from './data/order.entity';
import { Payment } from './data/payment.entity';
import { ProductPrice } from './data/product-price.entity';
import { Product } from './data/product.entity';
import { QuoteLine } from './data/quote-line.entity';
import { Quote } from './data/quote.entity';
import { contractResolvers } from './resolvers/contract.resolvers';
import { customerDocumentResolvers } from './resolvers/customer-documents.resolvers';
import { lineItemResolvers } from './resolvers/line-item.resolvers';
import { orderResolvers } from './resolvers/order.resolvers';
import { paymentResolvers } from './resolvers/payment.resolvers';
import { productResolvers } from './resolvers/product.resolvers';
import { quoteResolvers } from './resolvers/quote.resolvers';
import { onCustomerCreated } from './events/customer-created.handler';
import { customerResolvers } from './resolvers/customer.resolvers';
import { opportunityResolvers } from './resolvers/opportunity.resolvers';
import { createSalesLoaders } from './sales-loaders';
import { LeadAssignmentRule } from './data/lead-assignment-rule.entity';
import { LeadFollowUp } from './data/lead-follow-up.entity';
import { Lead } from './data/lead.entity';
import { CreateLeads1764000002100 } from './data/migrations/1764000002100-create-leads';
import { CreateQuotas1764000002110 } from './data/migrations/1764000002110-create-quotas';
import { Quota } from './data/quota.entity';
import { leadAssignmentRuleResolvers } from './resolvers/lead-assignment-rule.resolvers';
import { leadConversionResolvers } from './resolvers/lead-conversion.resolvers';
import { leadFollowUpResolvers } from './resolvers/lead-follow-up.resolvers';
import { leadMutationResolvers } from './resolvers/lead-mutation.resolvers';
import { leadResolvers } from './resolvers/lead.resolvers';
import { quotaResolvers } from './resolvers/quota.resolvers';
import { ScheduledSalesWork1764000009000 } from './data/migrations/1764000009000-scheduled-sales-work';
import { startSalesJobs, type SalesJobsOptions } from './jobs/sales-jobs';
import { observeSchedulerQueues } from '@crm/metrics';

export const salesTypeDefs = gql(readSubgraphSdl(__dirname));

export interface RunningSales extends RunningSubgraph {
  /** The time rules' scheduler (jobs/sales-jobs.ts). */
  jobs: Scheduler;
}

/** The sales subgraph with its scheduled jobs: `npm start` needs no process of their own. */
export async function startSalesSubgraph(
  config: ServiceConfig,
  options: SalesJobsOptions = {},
): Promise<RunningSales> {
  const subgraph = await serveSalesGraph(config);
  const jobs = await startSalesJobs(config, subgraph.dataSource, subgraph.logger, options).catch(
    async (error: unknown) => {
      await subgraph.stop();
      throw error;
    },
  );
  observeSchedulerQueues(subgraph.metrics, () => jobs.queueStates());
  return {
    ...subgraph,
    jobs,
    async stop() {
      await jobs.stop();
      await subgraph.stop();
    },
  };
}

function serveSalesGraph(config: ServiceConfig): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: salesTypeDefs,
    resolvers: [
      opportunityResolvers,
      customerResolvers,
      productResolvers,
      lineItemResolvers,
      quoteResolvers,
      contractResolvers,
      orderResolvers,
      paymentResolvers,
      customerDocumentResolvers,
      opportunityStageResolvers,
      pipelineResolvers,
      largeDealThresholdResolvers,
      activityResolvers,
      ...[leadResolvers, leadMutationResolvers, leadFollowUpResolvers, leadConversionResolvers],
      ...[leadAssignmentRuleResolvers, quotaResolvers],
    ],
    entities: [
      ...[Product, ProductPrice, OpportunityLineItem, Quote, QuoteLine, Contract, Order, OrderLine, Payment],
      Opportunity,
      KnownCustomer,
      CustomerLoyaltyDiscount,
      OpportunityStageChange,
      LargeDealThreshold,
      Activity,
      ...[Lead, LeadFollowUp, LeadAssignmentRule, Quota],
    ],
    migrations: [
      CreateOpportunities1764000000200,
      AddKnownCustomerOwner1764000000210,
      CreateLeads1764000002100,
      CreateQuotas1764000002110,
      OpportunityPipeline1764000002200,
      CreateActivities1764000002210,
      CreateSalesDocuments1764000002300,
      ScheduledSalesWork1764000009000,
      CreateCustomerLoyaltyDiscounts1764000004550,
    ],
    createLoaders: createSalesLoaders,
    eventHandlers: {
      'crm.customer.customer.created': onCustomerCreated,
      'crm.customer.customer.merged': onCustomerMerged,
      'crm.customer.customer.erased': onCustomerErased,
      'crm.marketing.loyalty.level_changed': onLoyaltyLevelChanged,
      'crm.marketing.journey.follow_up_requested': onJourneyFollowUpRequested,
    },
  });
}
