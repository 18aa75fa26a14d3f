import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { MetricDefinition } from './metric-catalogue';

/** Seconds: from a 5 ms lookup to a 10 s request (the gateway's default timeout). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const counterOf = <L extends string>(
  registry: Registry,
  { name, help }: MetricDefinition,
  labelNames: readonly L[],
) => new Counter<L>({ name, help, labelNames, registers: [registry] });

export const latencyHistogramOf = <L extends string>(
  registry: Registry,
  { name, help }: MetricDefinition,
  labelNames: readonly L[],
) => new Histogram<L>({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [registry] });

export const gaugeOf = <L extends string>(
  registry: Registry,
  { name, help }: MetricDefinition,
  labelNames: readonly L[],
) => new Gauge<L>({ name, help, labelNames, registers: [registry] });

/** A gauge whose value is read when Prometheus scrapes, not kept up to date by the code. */
export const scrapedGaugeOf = <L extends string>(
  registry: Registry,
  { name, help }: MetricDefinition,
  labelNames: readonly L[],
  collect: (gauge: Gauge<L>) => Promise<void> | void,
) =>
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      return collect(this);
    },
  });
