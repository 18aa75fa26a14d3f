import type { DataSource } from 'typeorm';
import { isUuid, normaliseAmount } from '@crm/db';
import { OpenOpportunity } from './open-opportunity.entity';

export interface CustomerMetrics {
  /** Whose figures these are: the scores on the same type are loaded by it. */
  customerId: string;
  openOpportunities: number;
  openPipeline: { amount: string; currency: string }[];
}

interface PipelineRow {
  customerId: string;
  currency: string;
  count: string;
  total: string;
}

/** Metrics of many customers in one grouped query; sums stay exact in numeric. */
export async function metricsOfCustomers(
  dataSource: DataSource,
  customerIds: string[],
): Promise<Map<string, CustomerMetrics>> {
  const rows = await dataSource
    .getRepository(OpenOpportunity)
    .createQueryBuilder('o')
    .select('o.customer_id', 'customerId')
    .addSelect('o.currency', 'currency')
    .addSelect('count(*)', 'count')
    .addSelect('sum(o.amount)', 'total')
    .where('o.customer_id = ANY(:customerIds)', { customerIds: customerIds.filter(isUuid) })
    .groupBy('o.customer_id')
    .addGroupBy('o.currency')
    .orderBy('o.currency')
    .getRawMany<PipelineRow>();
  const metrics = new Map<string, CustomerMetrics>(
    customerIds.map((id) => [id, { customerId: id, openOpportunities: 0, openPipeline: [] }]),
  );
  for (const row of rows) {
    const customer = metrics.get(row.customerId)!;
    customer.openOpportunities += Number(row.count);
    customer.openPipeline.push({ amount: normaliseAmount(row.total), currency: row.currency });
  }
  return metrics;
}
