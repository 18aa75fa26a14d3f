import { context, createContextKey, type Context } from '@opentelemetry/api';

/**
 * Span attribute naming the CRM service a span belongs to. In production every app is its own
 * process and `service.name` says it; the in-process platform of the tests runs all of them under
 * one tracer provider, and this attribute still tells them apart.
 */
export const CRM_SERVICE_ATTRIBUTE = 'crm.service';

const SERVICE_KEY = createContextKey('crm.service');

/** The service whose work runs in this context, if one said so. */
export function serviceOf(ctx: Context): string | undefined {
  const service = ctx.getValue(SERVICE_KEY);
  return typeof service === 'string' ? service : undefined;
}

/** Runs `work` as the given service: spans started inside it, and after it, carry CRM_SERVICE_ATTRIBUTE. */
export function runAsService<T>(service: string, work: () => T): T {
  return context.with(context.active().setValue(SERVICE_KEY, service), work);
}
