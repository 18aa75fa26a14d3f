import { z } from 'zod';
import { systemClock, type Clock } from '@crm/scheduler';

/** How analytics signs and addresses report download links. */
export interface ExportSettings {
  /** Signs the links (ANALYTICS_LINK_SECRET, at least 32 characters). */
  linkSecret: Uint8Array;
  /** Where clients reach this service's /reports/ routes, e.g. https://crm.example.com/analytics. */
  publicUrl: string;
  /** How long a link works. */
  linkTtlSeconds: number;
  clock: Clock;
}

const DEVELOPMENT_LINK_SECRET = 'development-only-analytics-link-secret!';

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  ANALYTICS_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ANALYTICS_PUBLIC_URL: z.url('must be a URL such as https://crm.example.com/analytics').optional(),
  ANALYTICS_EXPORT_LINK_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
});

/** The settings from the environment; a bad value stops the service, naming the variable. */
export function exportSettings(
  env: NodeJS.ProcessEnv,
  servicePort: number,
  clock: Clock = systemClock,
): ExportSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue.path[0])}: ${issue.message}`);
  }
  const { NODE_ENV, ANALYTICS_LINK_SECRET, ANALYTICS_PUBLIC_URL } = parsed.data;
  if (NODE_ENV === 'production' && !ANALYTICS_LINK_SECRET) {
    throw new Error('ANALYTICS_LINK_SECRET: must be set in production (it signs report download links)');
  }
  return {
    linkSecret: new TextEncoder().encode(ANALYTICS_LINK_SECRET ?? DEVELOPMENT_LINK_SECRET),
    publicUrl: (ANALYTICS_PUBLIC_URL ?? `http://localhost:${servicePort}`).replace(/\/$/, ''),
    linkTtlSeconds: parsed.data.ANALYTICS_EXPORT_LINK_TTL_SECONDS,
    clock,
  };
}
