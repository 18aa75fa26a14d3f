import type { Caller } from '@crm/auth';
import type { Scope } from '@crm/permissions';
import type { DataSource } from 'typeorm';

export type ReportGranularity = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** What every report is asked: a period, optional filters, and who asks (scope narrows the figures). */
export interface ReportQuery {
  period: { from: string; to: string; granularity: ReportGranularity };
  filter: {
    teamId?: string | null;
    ownerId?: string | null;
    region?: string | null;
    segmentId?: string | null;
  };
  caller: Caller;
  /** The caller's `report:read` scope: 'own' counts only their records, 'team' their team's. */
  scope: Scope;
}

/** A report as rows for CSV export: the same figures the graph returns, flattened. */
export interface ReportTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * One exportable report. `name` is its value of the GraphQL enum `ReportName` (one per report),
 * which `exportReport` takes; `table` computes it exactly as the report's query does.
 */
export interface ReportDefinition {
  name: string;
  table(dataSource: DataSource, query: ReportQuery): Promise<ReportTable>;
}
