import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { startAnalyticsSubgraph } from '@crm/analytics';
import { loadServiceConfig } from '@crm/config';
import { ManualClock } from '@crm/scheduler';
import {
  errorOf,
  ok,
  person,
  sender,
  startPlatform,
  testServiceEnv,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import type { ChurnReport } from '../src/generated/resolvers-types';
import { customerChurnedEvent, customerCreatedEvent, publishFrom } from './support/report-fixtures';

const EXPORT = `query ($report: ReportName!, $period: ReportPeriod!, $filter: ReportFilter) {
  exportReport(report: $report, period: $period, filter: $filter) { url expiresAt } }`;
const CHURN = `query ($period: ReportPeriod!) { churnReport(period: $period) {
  overall { customersAtStart lost churnRate } byReason { key lost churnRate } byPeriod { key customersAtStart lost churnRate } } }`;

describe('report export: a short-lived signed link to the report as CSV', () => {
  let platform: TestPlatform;
  const clock = new ManualClock(new Date());
  const owner = person(['SALES_REP']);
  let asOwner: Send;
  const period = { from: '2025-06-01', to: '2025-07-31', granularity: 'MONTH' };

  beforeAll(async () => {
    platform = await startPlatform();
    const { port } = platform.subgraphs.analytics;
    await platform.subgraphs.analytics.stop();
    const env = {
      ...testServiceEnv('analytics', randomUUID().slice(0, 8), Number(platform.gatewayEnv.PORT)),
      ANALYTICS_PUBLIC_URL: `http://127.0.0.1:${port}`,
    };
    platform.subgraphs.analytics = await startAnalyticsSubgraph(
      loadServiceConfig('analytics', { ...env, PORT: String(port) }),
      { clock, env },
    );
    asOwner = sender(platform.gatewayUrl, await tokenFor(owner));
    const [a, b] = [randomUUID(), randomUUID()];
    await publishFrom(platform.subgraphs.customer.dataSource, [
      customerCreatedEvent(a, owner.userId, '2025-05-01T00:00:00.000Z'),
      customerCreatedEvent(b, owner.userId, '2025-05-02T00:00:00.000Z'),
      customerChurnedEvent(a, 'COMPETITOR', '2025-07-04T00:00:00.000Z'),
    ]);
  });
  afterAll(() => platform?.stop());

  const exportLink = async (report: string, filter: Record<string, unknown> | null = null) =>
    (
      await ok(
        asOwner<{ exportReport: { url: string; expiresAt: string } }>(EXPORT, { report, period, filter }),
      )
    ).exportReport;

  it('serves the same figures as the query, as CSV, to a plain HTTP client', async () => {
    const { churnReport } = await waitFor(async () => {
      const data = await ok(asOwner<{ churnReport: ChurnReport }>(CHURN, { period }));
      if (data.churnReport.overall.lost < 1) throw new Error('churn not in analytics yet');
      return data;
    });
    const link = await exportLink('CHURN');
    expect(link.url.startsWith(`http://127.0.0.1:${platform.subgraphs.analytics.port}/reports/export/`)).toBe(
      true,
    );
    expect(Date.parse(link.expiresAt) - clock.now().getTime()).toBeLessThanOrEqual(300_000);
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    const section = (name: string) => rows.filter((row) => row.section === name);
    expect(section('overall')).toEqual([
      {
        section: 'overall',
        key: '',
        month_offset: '',
        customers: String(churnReport.overall.customersAtStart),
        lost: String(churnReport.overall.lost),
        percent: churnReport.overall.churnRate ?? '',
      },
    ]);
    expect(churnReport.overall).toEqual({ customersAtStart: 2, lost: 1, churnRate: '50.00' });
    expect(section('reason').map((row) => [row.key, row.lost, row.percent])).toEqual(
      churnReport.byReason.map((figures) => [figures.key, String(figures.lost), figures.churnRate]),
    );
    expect(section('period').map((row) => [row.key, row.customers, row.lost])).toEqual(
      churnReport.byPeriod.map((figures) => [
        figures.key,
        String(figures.customersAtStart),
        String(figures.lost),
      ]),
    );
  });

  it('exports every report by name', async () => {
    for (const report of ['CUSTOMER_CONTRIBUTION', 'CUSTOMER_COMPOSITION', 'SERVICE', 'CHURN']) {
      const response = await fetch((await exportLink(report)).url);
      expect([report, response.status]).toEqual([report, 200]);
      const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('refuses an expired link with 401 and a tampered one with 403', async () => {
    const { url } = await exportLink('CUSTOMER_COMPOSITION');
    const [head, payload, signature] = url.split('/').pop()!.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.caller.roles = ['ADMIN'];
    const forged = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect((await fetch(url.replace(/[^/]+$/, forged))).status).toBe(403);
    expect((await fetch(url.replace(/[^/]+$/, 'not-a-token'))).status).toBe(403);
    clock.advance(301_000);
    const expired = await fetch(url);
    expect(expired.status).toBe(401);
    expect(await expired.text()).toContain('expired');
  });

  it('checks the arguments when the link is asked for', async () => {
    const bad = await asOwner(EXPORT, { report: 'CHURN', period: { from: '2025-02-01', to: '2025-01-01' } });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
    const agent = sender(platform.gatewayUrl, await tokenFor(person(['SUPPORT_AGENT'])));
    expect(errorOf(await agent(EXPORT, { report: 'CHURN', period }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
