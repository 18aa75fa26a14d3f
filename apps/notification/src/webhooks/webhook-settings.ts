import { z } from 'zod';
import { parseEnv } from '@crm/config';
import { assertCron } from '@crm/scheduler';

/** How outbound webhooks behave; every value from the environment (README "Webhooks"). */
export interface WebhookSettings {
  /** Lets endpoints point at loopback, private, link-local… addresses: for tests and local setups only. */
  allowPrivateTargets: boolean;
  /** Failed tries in a row after which an endpoint is disabled. */
  disableAfterFailures: number;
  connectTimeoutMs: number;
  /** For the whole answer, from sending the request to the end of the (cut) body. */
  responseTimeoutMs: number;
  /** How often due deliveries are looked for (UTC cron, seconds allowed). */
  deliveryCron: string;
}

const schema = z.object({
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).default('false'),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).default(50),
  WEBHOOK_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  WEBHOOK_RESPONSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  WEBHOOK_DELIVERY_CRON: z.string().trim().min(1).default('*/15 * * * * *'),
});

export function webhookSettingsOf(env: NodeJS.ProcessEnv): WebhookSettings {
  const parsed = parseEnv(schema, env);
  assertCron('WEBHOOK_DELIVERY_CRON', parsed.WEBHOOK_DELIVERY_CRON);
  return {
    allowPrivateTargets: parsed.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
    disableAfterFailures: parsed.WEBHOOK_DISABLE_AFTER_FAILURES,
    connectTimeoutMs: parsed.WEBHOOK_CONNECT_TIMEOUT_MS,
    responseTimeoutMs: parsed.WEBHOOK_RESPONSE_TIMEOUT_MS,
    deliveryCron: parsed.WEBHOOK_DELIVERY_CRON,
  };
}
