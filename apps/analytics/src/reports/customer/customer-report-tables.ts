import type { ReportDefinition, ReportTable } from '../report-definition';
import { churnReport, type ChurnFigures } from './churn-report';
import { customerComposition } from './composition-report';
import { customerContribution, type ContributionShare } from './contribution-report';
import { serviceReport, type ServiceFigures } from './service-report';

/*
 * The customer reports as CSV tables: one row per figure the query returns, its section first, so
 * a data team can filter a sheet by section. Same computation as the queries, flattened.
 */

const shareRows = (section: string, shares: ContributionShare[]) =>
  shares.map((share) => [section, share.key, null, share.revenue, share.share, share.abcClass]);

export const customerContributionTable: ReportDefinition = {
  name: 'CUSTOMER_CONTRIBUTION',
  async table(dataSource, query): Promise<ReportTable> {
    const report = await customerContribution(dataSource, query);
    return {
      columns: ['section', 'key', 'customers', `revenue_${report.currency}`, 'share_percent', 'abc_class'],
      rows: [
        ['total', null, null, report.total, '100.00', null],
        ...report.unconverted.map((money) => ['unconverted', money.currency, null, money.amount, null, null]),
        ...report.series.map((point) => ['period', point.bucket, null, point.amount, null, null]),
        ...shareRows('customer', report.byCustomer),
        ...shareRows('owner', report.byOwner),
        ...shareRows('product', report.byProduct),
        ...shareRows('region', report.byRegion),
        ...report.abc.map((row) => [
          'abc',
          row.abcClass,
          row.customers,
          row.revenue,
          row.share,
          row.abcClass,
        ]),
      ],
    };
  },
};

export const customerCompositionTable: ReportDefinition = {
  name: 'CUSTOMER_COMPOSITION',
  async table(dataSource, query): Promise<ReportTable> {
    const report = await customerComposition(dataSource, query);
    const counts = (section: string, list: { key: string | null; customers: number; share: string }[]) =>
      list.map((count) => [section, count.key, count.customers, count.share, null]);
    return {
      columns: ['section', 'key', 'customers', 'share_percent', 'new_customers'],
      rows: [
        ['total', null, report.customers, '100.00', null],
        ...counts('industry', report.byIndustry),
        ...counts('region', report.byRegion),
        ...counts('tier', report.byTier),
        ...counts('lifecycle', report.byLifecycle),
        ...counts('source', report.bySource),
        ...report.overTime.map((point) => [
          'period',
          point.bucket,
          point.customers,
          null,
          point.newCustomers,
        ]),
      ],
    };
  },
};

const serviceRow = (section: string, figures: ServiceFigures) => [
  section,
  figures.key,
  figures.tickets,
  figures.resolved,
  figures.averageFirstResponseMinutes,
  figures.averageResolutionMinutes,
  figures.slaCompliance,
  figures.responses,
  figures.csat,
  figures.nps,
];

export const serviceReportTable: ReportDefinition = {
  name: 'SERVICE',
  async table(dataSource, query): Promise<ReportTable> {
    const report = await serviceReport(dataSource, query);
    return {
      columns: [
        'section',
        'key',
        'tickets',
        'resolved',
        'average_first_response_minutes',
        'average_resolution_minutes',
        'sla_compliance_percent',
        'responses',
        'csat_percent',
        'nps',
      ],
      rows: [
        serviceRow('overall', report.overall),
        ...report.byQueue.map((figures) => serviceRow('queue', figures)),
        ...report.byAgent.map((figures) => serviceRow('agent', figures)),
        ...report.byPeriod.map((figures) => serviceRow('period', figures)),
      ],
    };
  },
};

const churnRow = (section: string, figures: ChurnFigures) => [
  section,
  figures.key,
  null,
  figures.customersAtStart,
  figures.lost,
  figures.churnRate,
];

export const churnReportTable: ReportDefinition = {
  name: 'CHURN',
  async table(dataSource, query): Promise<ReportTable> {
    const report = await churnReport(dataSource, query);
    return {
      columns: ['section', 'key', 'month_offset', 'customers', 'lost', 'percent'],
      rows: [
        churnRow('overall', report.overall),
        ...report.byReason.map((figures) => churnRow('reason', figures)),
        ...report.bySegment.map((figures) => churnRow('segment', figures)),
        ...report.byPeriod.map((figures) => churnRow('period', figures)),
        ...report.cohorts.flatMap((cohort) =>
          cohort.months.map((month) => [
            'cohort',
            cohort.cohort,
            month.monthOffset,
            month.customers,
            null,
            month.retention,
          ]),
        ),
      ],
    };
  },
};
