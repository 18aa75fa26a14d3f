import type { Caller } from '@crm/auth';
import { requireScope } from '@crm/permissions';
import { parseReportPeriod } from '../domain/report-period';
import type { ReportFilter, ReportPeriod } from '../generated/resolvers-types';
import type { ReportQuery } from './report-definition';
import { checkReportFilter } from './customer/report-sql';

/** A report's arguments checked (BAD_USER_INPUT naming the field) and the caller's `report:read` scope. */
export function reportQueryOf(
  caller: Caller,
  period: ReportPeriod,
  filter?: ReportFilter | null,
): ReportQuery {
  const scope = requireScope(caller, 'report:read');
  const checkedFilter = {
    teamId: filter?.teamId ?? null,
    ownerId: filter?.ownerId ?? null,
    region: filter?.region ?? null,
    segmentId: filter?.segmentId ?? null,
  };
  checkReportFilter(checkedFilter);
  return {
    period: parseReportPeriod({
      from: period.from,
      to: period.to,
      granularity: period.granularity ?? 'MONTH',
    }),
    filter: checkedFilter,
    caller,
    scope,
  };
}
