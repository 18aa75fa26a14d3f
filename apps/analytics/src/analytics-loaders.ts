import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { childrenPageLoader } from '@crm/subgraph-kit';
import { customerFactLoader } from './data/customer-fact.repository';
import { metricsOfCustomers, type CustomerMetrics } from './data/customer-metrics.repository';
import { TimelineEntry } from './data/timeline-entry.entity';
import { attributionFactsOf } from './data/campaign-attribution.repository';
import { scoresOfCustomers, type CustomerScores } from './data/customer-score.repository';
import type { ScoreSettings } from './data/score-settings';
import { campaignPerformances } from './domain/attribution-performance';

/** Campaign.performance of many campaigns from one set of queries (touches compete across campaigns). */
const performanceOfCampaign = (dataSource: DataSource, settings: ScoreSettings) =>
  new DataLoader(async (campaignIds: readonly string[]) => {
    const facts = await attributionFactsOf(dataSource, campaignIds.filter(isUuid));
    const performances = campaignPerformances(campaignIds, facts, settings.attributionWindowDays);
    return campaignIds.map((id) => ({
      ...performances.get(id)!,
      currency: facts.currency,
      complete: !facts.unconverted,
      windowDays: settings.attributionWindowDays,
    }));
  });

export function createAnalyticsLoaders(dataSource: DataSource, settings: ScoreSettings) {
  return {
    scoresOfCustomer: new DataLoader<string, CustomerScores | null>(async (customerIds) => {
      const scores = await scoresOfCustomers(dataSource, customerIds);
      return customerIds.map((id) => scores.get(id) ?? null);
    }),
    performanceOfCampaign: performanceOfCampaign(dataSource, settings),
    metricsOfCustomer: new DataLoader<string, CustomerMetrics>(async (customerIds) => {
      const metrics = await metricsOfCustomers(dataSource, [...customerIds]);
      return customerIds.map((id) => metrics.get(id)!);
    }),
    customerFact: customerFactLoader(dataSource),
    timelineOfCustomer: childrenPageLoader(dataSource, {
      entity: TimelineEntry,
      parentColumn: 'customer_id',
      parentIdOf: (entry) => entry.customerId,
      listedBy: { column: 'occurred_at', timeOf: (entry) => entry.occurredAt },
    }),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;
