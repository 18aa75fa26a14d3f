export { activeLogTraceFields, type LogTraceFields } from './log-trace-fields';
export { patchLoadedModule } from './patch-loaded-module';
export { CRM_SERVICE_ATTRIBUTE, runAsService, serviceOf } from './service-context';
export { DEFAULT_TRACES_FILE } from './span-exporters-from-env';
export { spanLineOf, type SpanLine } from './jsonl-file-span-exporter';
export { startTracing, type Tracing, type TracingOptions } from './start-tracing';
export { contextWithParent, traceContextOf, type TraceContextFields } from './trace-context';
