import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { CRM_SERVICE_ATTRIBUTE, serviceOf } from './service-context';

/** Stamps each span with the service its context runs as (see runAsService). */
export class ServiceSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const service = serviceOf(parentContext);
    if (service !== undefined) span.setAttribute(CRM_SERVICE_ATTRIBUTE, service);
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
