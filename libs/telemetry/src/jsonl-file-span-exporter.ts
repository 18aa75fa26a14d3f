import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ExportResultCode, hrTimeToMicroseconds, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-node';
import { CRM_SERVICE_ATTRIBUTE } from './service-context';

/** One finished span as a line of the traces file: enough to draw the trace, nothing else. */
export interface SpanLine {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: string;
  service: string;
  startTime: string;
  durationMs: number;
  status: string;
  attributes: Record<string, unknown>;
}

/**
 * Writes spans as JSON lines to a file (development: see a trace with no collector installed;
 * `npm run trace` draws one). Appends only, so every app of `npm start` can share one file.
 */
export class JsonlFileSpanExporter implements SpanExporter {
  private ready: Promise<unknown>;

  constructor(private readonly path: string) {
    this.ready = mkdir(dirname(path), { recursive: true });
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    const lines = spans.map((span) => `${JSON.stringify(spanLineOf(span))}\n`).join('');
    this.ready = this.ready
      .then(() => appendFile(this.path, lines))
      .then(
        () => resultCallback({ code: ExportResultCode.SUCCESS }),
        (error: Error) => resultCallback({ code: ExportResultCode.FAILED, error }),
      );
  }

  async shutdown(): Promise<void> {
    await this.ready;
  }

  async forceFlush(): Promise<void> {
    await this.ready;
  }
}

export function spanLineOf(span: ReadableSpan): SpanLine {
  const startUs = hrTimeToMicroseconds(span.startTime);
  return {
    traceId: span.spanContext().traceId,
    spanId: span.spanContext().spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    name: span.name,
    kind: SpanKind[span.kind],
    service: String(span.attributes[CRM_SERVICE_ATTRIBUTE] ?? span.resource.attributes['service.name'] ?? ''),
    startTime: new Date(startUs / 1000).toISOString(),
    durationMs: hrTimeToMicroseconds(span.duration) / 1000,
    status: span.status.code === SpanStatusCode.ERROR ? `ERROR ${span.status.message ?? ''}`.trim() : 'OK',
    attributes: { ...span.attributes },
  };
}
