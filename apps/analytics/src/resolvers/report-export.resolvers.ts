import { guard } from '@crm/permissions';
import type { Resolvers } from '../generated/resolvers-types';
import type { ExportSettings } from '../reports/export/export-settings';
import { REPORT_EXPORT_PATH } from '../reports/export/report-export-routes';
import { signReportLink } from '../reports/export/report-link';
import { reportQueryOf } from '../reports/report-query-of';

/** exportReport: the arguments checked now (bad input fails here, not at download), then signed. */
export function reportExportResolvers(settings: ExportSettings): Resolvers {
  return {
    Query: {
      exportReport: guard('report:read', async (_parent, { report, period, filter }, context) => {
        const query = reportQueryOf(context.caller, period, filter);
        const { token, expiresAt } = await signReportLink(
          { report, period: query.period, filter: query.filter, caller: context.caller },
          settings,
        );
        return { url: `${settings.publicUrl}${REPORT_EXPORT_PATH}/${token}`, expiresAt };
      }),
    },
  };
}
