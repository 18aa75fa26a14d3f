import http from 'node:http';
import pg from 'pg';
import { SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { patchLoadedModule, startTracing, type Tracing } from '@crm/telemetry';

/**
 * Traces the in-process platform into `exporter` (one tracer provider for every service; spans tell
 * them apart by `crm.service`), or without one as an app with no exporter configured does (trace
 * context passed on, nothing recorded). Call it before startPlatform. Jest loads http and pg past
 * the require hook, so they are handed to the instrumentation here.
 */
export function traceThisProcess(exporter?: SpanExporter): Tracing {
  const tracing = exporter
    ? startTracing('crm-platform-test', { spanProcessors: [new SimpleSpanProcessor(exporter)] })
    : startTracing('crm-platform-test', { env: {} });
  patchLoadedModule(tracing, 'http', http);
  if (exporter) patchLoadedModule(tracing, 'pg', pg);
  return tracing;
}
