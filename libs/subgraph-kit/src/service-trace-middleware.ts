import { trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { CRM_SERVICE_ATTRIBUTE, runAsService } from '@crm/telemetry';

/**
 * Names the service that serves a request on its HTTP span and on every span started while serving
 * it (SQL, calls to subgraphs): the in-process platform runs all services under one tracer provider.
 */
export function serviceTraceMiddleware(service: string): RequestHandler {
  return (_req, _res, next) => {
    trace.getActiveSpan()?.setAttribute(CRM_SERVICE_ATTRIBUTE, service);
    runAsService(service, next);
  };
}
