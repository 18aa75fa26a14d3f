import http from 'node:http';
import pg from 'pg';
import { SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { patchLoadedModule, startTracing, type Tracing } from '@crm/telemetry';

/**
 * Traces the in-process platform into `exporter` (one tracer provider for every service; spans tell
 * them apart by `crm.service`). Call it before startPlatform. Jest loads http and pg past the require
 * hook, so they are handed to the instrumentation here.
 */
export function traceThisProcess(exporter: SpanExporter): Tracing {
  const tracing = startTracing('crm-platform-test', { spanProcessors: [new SimpleSpanProcessor(exporter)] });
  patchLoadedModule(tracing, 'http', http);
  patchLoadedModule(tracing, 'pg', pg);
  return tracing;
}
