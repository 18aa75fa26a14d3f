import type { DataSource } from 'typeorm';
import { isUuid, normaliseAmount } from '@crm/db';
import { sumConverted } from '../domain/money-total';
import { OpenOpportunity } from './open-opportunity.entity';

export interface CustomerMetrics {
  /** Whose figures these are: the scores on the same type are loaded by it. */
  customerId: string;
  openOpportunities: number;
  openPipeline: { amount: string; currency: string }[];
  /** Every open deal converted into the reporting currency at today's rate; amount null when a rate is missing. */
  openPipelineTotal: { amount: string | null; currency: string };
}

interface PipelineRow {
  customerId: string;
  currency: string;
  count: string;
  total: string;
  converted: string | null;
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
    // Open deals have no transaction date yet: they convert at the latest rate, as the forecast does.
    .addSelect(
      'convert_amount(sum(o.amount), o.currency, (SELECT reporting_currency FROM reporting_settings), current_date)',
      'converted',
    )
    .where('o.customer_id = ANY(:customerIds)', { customerIds: customerIds.filter(isUuid) })
    .groupBy('o.customer_id')
    .addGroupBy('o.currency')
    .orderBy('o.currency')
    .getRawMany<PipelineRow>();
  const [{ currency }]: { currency: string }[] = await dataSource.query(
    'SELECT reporting_currency::text AS currency FROM reporting_settings',
  );
  const today = new Date().toISOString().slice(0, 10);
  const metrics = new Map<string, CustomerMetrics>();
  for (const id of customerIds) {
    const own = rows.filter((row) => row.customerId === id);
    const total = sumConverted(
      own.map((row) => ({ converted: row.converted, currency: row.currency, on: today })),
    );
    metrics.set(id, {
      customerId: id,
      openOpportunities: own.reduce((sum, row) => sum + Number(row.count), 0),
      openPipeline: own.map((row) => ({ amount: normaliseAmount(row.total), currency: row.currency })),
      openPipelineTotal: { amount: total.total === null ? null : normaliseAmount(total.total), currency },
    });
  }
  return metrics;
}
