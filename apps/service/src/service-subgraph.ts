import { gql } from 'graphql-tag';
import type { ServiceConfig } from '@crm/config';
import type { Clock, Scheduler } from '@crm/scheduler';
import { readSubgraphSdl, startSubgraph, type RunningSubgraph } from '@crm/subgraph-kit';
import { CreateTickets1764000000400 } from './data/migrations/1764000000400-create-tickets';
import { AddTicketQueue1764000000410 } from './data/migrations/1764000000410-add-ticket-queue';
import { CreateReferenceProjections1764000002400 } from './data/migrations/1764000002400-create-reference-projections';
import { ExtendTicketsForSupport1764000003400 } from './data/migrations/1764000003400-extend-tickets-for-support';
import { CreateSla1764000003500 } from './data/migrations/1764000003500-create-sla';
import { BusinessCalendarRow } from './data/business-calendar.entity';
import { TicketSlaMilestone } from './data/sla-milestone.entity';
import { SlaPolicy } from './data/sla-policy.entity';
import { onCustomerTierChanged } from './events/customer-tier-changed.handler';
import { startServiceJobs, type ServiceJobsOptions } from './jobs/service-jobs';
import { slaResolvers } from './resolvers/sla.resolvers';
import { KnownCustomer } from './data/known-customer.entity';
import { KnownTeam } from './data/known-team.entity';
import { Ticket } from './data/ticket.entity';
import { TicketComment } from './data/ticket-comment.entity';
import { TicketStatusChange } from './data/ticket-status-change.entity';
import { onCustomerCreated } from './events/customer-created.handler';
import { onCustomerErased } from './events/customer-erased.handler';
import { onCustomerMerged } from './events/customer-merged.handler';
import { onTeamCreated } from './events/team-created.handler';
import { customerResolvers } from './resolvers/customer.resolvers';
import { ticketResolvers } from './resolvers/ticket.resolvers';
import { createServiceLoaders } from './service-loaders';

export const serviceTypeDefs = gql(readSubgraphSdl(__dirname));

export interface RunningService extends RunningSubgraph {
  /** The time rules' scheduler (jobs/service-jobs.ts). */
  jobs: Scheduler;
}

/** The service subgraph with its scheduled jobs (SLA warnings, breaches, escalation). */
export async function startServiceSubgraph(
  config: ServiceConfig,
  options: ServiceJobsOptions = {},
): Promise<RunningService> {
  const subgraph = await serveServiceGraph(config, options.clock);
  const jobs = await startServiceJobs(config, subgraph.dataSource, subgraph.logger, options).catch(
    async (error: unknown) => {
      await subgraph.stop();
      throw error;
    },
  );
  return {
    ...subgraph,
    jobs,
    async stop() {
      await jobs.stop();
      await subgraph.stop();
    },
  };
}

function serveServiceGraph(config: ServiceConfig, clock?: Clock): Promise<RunningSubgraph> {
  return startSubgraph({
    config,
    typeDefs: serviceTypeDefs,
    resolvers: [ticketResolvers, customerResolvers, slaResolvers],
    entities: [
      ...[Ticket, TicketComment, TicketStatusChange, KnownCustomer, KnownTeam],
      ...[SlaPolicy, BusinessCalendarRow, TicketSlaMilestone],
    ],
    migrations: [
      CreateTickets1764000000400,
      AddTicketQueue1764000000410,
      CreateReferenceProjections1764000002400,
      ExtendTicketsForSupport1764000003400,
      CreateSla1764000003500,
    ],
    createLoaders: (dataSource) => createServiceLoaders(dataSource, clock),
    eventHandlers: {
      'crm.customer.customer.created': onCustomerCreated,
      'crm.customer.customer.merged': onCustomerMerged,
      'crm.customer.customer.erased': onCustomerErased,
      'crm.identity.team.created': onTeamCreated,
      'crm.customer.customer.tier_changed': onCustomerTierChanged,
    },
  });
}
