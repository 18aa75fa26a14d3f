import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify';
import { scopeOf } from '@crm/permissions';
import type { Logger } from '@crm/logger';
import { REPORT_REGISTRY } from '../report-registry';
import type { ExportSettings } from './export-settings';
import { verifyReportLink } from './report-link';

/** The path of a report download; the token is the signed link. */
export const REPORT_EXPORT_PATH = '/reports/export';

const refusal = { expired: 401, invalid: 403 } as const;
const message = {
  expired: 'This download link has expired; export the report again for a new one.',
  invalid: 'This download link is not valid.',
} as const;

/**
 * GET /reports/export/:token streams the report as CSV (RFC 4180, csv-stringify), computed when
 * downloaded with the scope the link's caller has. No login: the link is the credential, so it
 * is short-lived; an expired one gets 401, a tampered one 403.
 */
export function reportExportRoutes(
  app: Express,
  dataSource: DataSource,
  settings: ExportSettings,
  logger: Logger,
): void {
  app.get(`${REPORT_EXPORT_PATH}/:token`, (request: Request, response: Response) => {
    sendReport(request, response, dataSource, settings).catch((error: unknown) => {
      logger.error({ err: error }, 'report export failed');
      if (!response.headersSent)
        response.status(503).type('text/plain').send('Please try again in a moment.');
      else response.destroy();
    });
  });
}

async function sendReport(
  request: Request,
  response: Response,
  dataSource: DataSource,
  settings: ExportSettings,
) {
  const claims = await verifyReportLink(String(request.params.token), settings);
  if (typeof claims === 'string') {
    response.status(refusal[claims]).type('text/plain').send(message[claims]);
    return;
  }
  const scope = scopeOf(claims.caller, 'report:read');
  if (!scope) {
    response.status(403).type('text/plain').send(message.invalid);
    return;
  }
  const table = await REPORT_REGISTRY[claims.report].table(dataSource, { ...claims, scope });
  const fileName = `${claims.report.toLowerCase()}-${claims.period.from}-${claims.period.to}.csv`;
  response
    .status(200)
    .set('cache-control', 'no-store')
    .set('content-disposition', `attachment; filename="${fileName}"`)
    .type('text/csv; charset=utf-8');
  const csv = stringify({ header: true, columns: table.columns });
  csv.pipe(response);
  for (const row of table.rows) csv.write(row);
  csv.end();
}
