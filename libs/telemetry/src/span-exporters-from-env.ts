import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ConsoleSpanExporter, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { JsonlFileSpanExporter } from './jsonl-file-span-exporter';

/** Where `OTEL_TRACES_EXPORTER=file` writes, unless CRM_TRACES_FILE says otherwise. */
export const DEFAULT_TRACES_FILE = '.cache/traces.jsonl';

const EXPORTERS: Record<string, (env: NodeJS.ProcessEnv) => SpanExporter> = {
  // OTLP over HTTP; endpoint, headers and timeout from the OTEL_EXPORTER_OTLP_* variables.
  otlp: () => new OTLPTraceExporter(),
  console: () => new ConsoleSpanExporter(),
  file: (env) => new JsonlFileSpanExporter(env.CRM_TRACES_FILE ?? DEFAULT_TRACES_FILE),
};

/**
 * The exporters OTEL_TRACES_EXPORTER names (a comma-separated list, as the specification says:
 * https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/#exporter-selection),
 * plus `file`. Unset, it is `otlp` when an OTLP endpoint is configured and `none` otherwise: with no
 * collector to send to, tracing stays off and costs nothing.
 */
export function spanExportersFromEnv(env: NodeJS.ProcessEnv): SpanExporter[] {
  const names = (env.OTEL_TRACES_EXPORTER ?? defaultExporterName(env))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && name !== 'none');
  return names.map((name) => {
    const create = EXPORTERS[name];
    if (create === undefined) {
      const known = [...Object.keys(EXPORTERS), 'none'].join(', ');
      throw new Error(`OTEL_TRACES_EXPORTER names an unknown exporter "${name}"; use one of ${known}`);
    }
    return create(env);
  });
}

function defaultExporterName(env: NodeJS.ProcessEnv): string {
  return env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? 'otlp' : 'none';
}
