import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ConsoleSpanExporter } from '@opentelemetry/sdk-trace-node';
import { JsonlFileSpanExporter } from '../jsonl-file-span-exporter';
import { spanExportersFromEnv } from '../span-exporters-from-env';

describe('exporters from OTEL_TRACES_EXPORTER', () => {
  it('exports nothing unless told where to: no collector, no cost', () => {
    expect(spanExportersFromEnv({})).toEqual([]);
    expect(spanExportersFromEnv({ OTEL_TRACES_EXPORTER: 'none' })).toEqual([]);
  });

  it('sends OTLP when an endpoint is configured and no exporter named', () => {
    const exporters = spanExportersFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' });
    expect(exporters).toEqual([expect.any(OTLPTraceExporter)]);
  });

  it('takes a list, with the file exporter of development', () => {
    const exporters = spanExportersFromEnv({
      OTEL_TRACES_EXPORTER: 'console, file',
      CRM_TRACES_FILE: '/tmp/t.jsonl',
    });
    expect(exporters).toEqual([expect.any(ConsoleSpanExporter), expect.any(JsonlFileSpanExporter)]);
  });

  it('names the exporters it knows when given another', () => {
    expect(() => spanExportersFromEnv({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(
      'OTEL_TRACES_EXPORTER names an unknown exporter "zipkin"; use one of otlp, console, file, none',
    );
  });
});
