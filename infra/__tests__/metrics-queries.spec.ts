import { declaredMetricOf, METRICS, PROCESS_METRICS, SCRAPE_METRICS } from '@crm/metrics';
import { alertQueries, dashboardQueries, metricNamesOf } from '../metrics-queries';

const OTHER_KNOWN: readonly string[] = [...PROCESS_METRICS, ...SCRAPE_METRICS];
const isDeclared = (name: string) => declaredMetricOf(name) !== undefined || OTHER_KNOWN.includes(name);

describe('metricNamesOf', () => {
  it('reads the selectors, never functions, labels, keywords or Grafana variables', () => {
    const expr =
      'histogram_quantile(0.99, sum by (le, operation) (rate(crm_a_seconds_bucket{service=~"$service"}[5m])))' +
      ' / on(service) group_left sum without (code) (increase(crm_b_total[$__rate_interval])) or vector(0)';
    expect(metricNamesOf(expr).sort()).toEqual(['crm_a_seconds_bucket', 'crm_b_total']);
  });

  it('refuses an expression that does not parse', () => {
    expect(() => metricNamesOf('sum(rate(crm_b_total[5m]) by')).toThrow(/does not parse/);
  });
});

describe('declaredMetricOf', () => {
  it('takes a histogram series to its histogram and no other metric', () => {
    expect(declaredMetricOf('crm_graphql_request_duration_seconds_bucket')).toBe(
      METRICS.graphqlRequestDuration,
    );
    expect(declaredMetricOf('crm_outbox_pending_events_count')).toBeUndefined();
    expect(declaredMetricOf('crm_graphql_requests')).toBeUndefined();
  });
});

describe.each([
  ['the Grafana dashboard', dashboardQueries],
  ['the Prometheus alert rules', alertQueries],
])('%s', (_file, queriesOf) => {
  const queries = queriesOf();

  it.each(queries.map((query) => [query.where, query.expr]))(
    '%s selects metrics the code declares',
    (_where, expr) => {
      const names = metricNamesOf(expr);
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !isDeclared(name))).toEqual([]);
    },
  );
});

describe('the dashboard', () => {
  it('shows every metric the code declares', () => {
    const shown = new Set(
      dashboardQueries().flatMap(({ expr }) =>
        metricNamesOf(expr).map((name) => declaredMetricOf(name)?.name),
      ),
    );
    const missing = Object.values(METRICS).filter((metric) => !shown.has(metric.name));
    expect(missing.map((metric) => metric.name)).toEqual([]);
  });
});

describe('the alert rules', () => {
  it('watch errors, latency, the outbox, consumer lag, dead letters, scheduled jobs and database pools', () => {
    const watched = new Set(alertQueries().flatMap(({ expr }) => metricNamesOf(expr)));
    for (const metric of [
      METRICS.graphqlErrors,
      METRICS.outboxOldestPendingAge,
      METRICS.consumerLag,
      METRICS.deadLetters,
      METRICS.schedulerFailedJobs,
      METRICS.dbPoolMaxConnections,
    ]) {
      expect(watched).toContain(metric.name);
    }
    expect(watched).toContain(`${METRICS.graphqlRequestDuration.name}_bucket`);
  });
});
