import { registerInstrumentations, type InstrumentationBase } from '@opentelemetry/instrumentation';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { ServiceSpanProcessor } from './service-span-processor';
import { spanExportersFromEnv } from './span-exporters-from-env';
import { tracedLibraries } from './traced-libraries';

export interface TracingOptions {
  /** Defaults to process.env: OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER, OTEL_SERVICE_NAME, OTEL_* of the exporter. */
  env?: NodeJS.ProcessEnv;
  /** Replaces the exporters the environment names (the tests read spans from memory). */
  spanProcessors?: SpanProcessor[];
}

export interface Tracing {
  /** False when nothing is exported: spans are not recorded, only the trace context is passed on. */
  readonly enabled: boolean;
  readonly instrumentations: InstrumentationBase[];
  /** Flushes the spans still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

const TRACING_OFF: Tracing = { enabled: false, instrumentations: [], shutdown: () => Promise.resolve() };

/**
 * Sets up OpenTelemetry tracing for this process, once, before the code it traces is loaded (the
 * first import of each app's main): one tracer provider with W3C trace-context propagation, the
 * instrumented libraries of tracedLibraries, and the exporters OTEL_TRACES_EXPORTER names.
 * `service` is the resource's service.name unless OTEL_SERVICE_NAME says otherwise. With no
 * exporter, nothing is recorded but a caller's trace context still travels with the request, into
 * the events it causes and on to their consumers (OTEL_SDK_DISABLED=true turns that off too).
 */
export function startTracing(service: string, options: TracingOptions = {}): Tracing {
  const env = options.env ?? process.env;
  if (env.OTEL_SDK_DISABLED === 'true') return TRACING_OFF;
  const processors =
    options.spanProcessors ?? spanExportersFromEnv(env).map((e) => new BatchSpanProcessor(e));
  const exporting = processors.length > 0;
  const provider = new NodeTracerProvider({
    resource: defaultResource()
      .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: service, 'service.namespace': 'crm' }))
      .merge(detectResources({ detectors: [envDetector] })),
    ...(exporting
      ? { spanProcessors: [new ServiceSpanProcessor(), ...processors] }
      : { sampler: new AlwaysOffSampler() }),
  });
  provider.register();
  const instrumentations = tracedLibraries({ sql: exporting });
  const unregister = registerInstrumentations({ instrumentations, tracerProvider: provider });
  return {
    enabled: exporting,
    instrumentations,
    async shutdown() {
      unregister();
      await provider.shutdown();
    },
  };
}
