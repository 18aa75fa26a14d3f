import { z } from 'zod';
import { loadMailConfig, type MailConfig } from '@crm/config';
import { parseFrequencyCap, type FrequencyCap } from '../domain/frequency-cap';
import { parseQuietHours, type QuietHours } from '../domain/quiet-hours';
import { parseSmsGateway, type SmsGatewayConfig } from './sms-gateway';

/** How marketing sends: the rules at send time, the links in messages and the two channels. */
export interface MessageSettings {
  cap: FrequencyCap;
  quietHours: QuietHours | null;
  /** Signs the open, click and unsubscribe links (MARKETING_LINK_SECRET, at least 32 characters). */
  linkSecret: Uint8Array;
  /** Where recipients reach this service's /m/ routes, e.g. https://crm.example.com/marketing. */
  publicUrl: string;
  /** The sender of marketing mail, e.g. `Acme News <news@acme.example>`. */
  from: string;
  mail: MailConfig;
  /** Null: no SMS gateway configured; SMS messages fail with that reason. */
  sms: SmsGatewayConfig | null;
}

const DEVELOPMENT_LINK_SECRET = 'development-only-marketing-link-secret!';

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  MARKETING_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MARKETING_PUBLIC_URL: z.url('must be a URL such as https://crm.example.com/marketing').optional(),
  MARKETING_MAIL_FROM: z.string().trim().min(3).default('CRM Marketing <news@crm.localhost>'),
  MARKETING_QUIET_HOURS_TIME_ZONE: z.string().default('UTC'),
});

/** The settings from the environment; a bad value stops the service, naming the variable. */
export function messageSettings(env: NodeJS.ProcessEnv, servicePort: number): MessageSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue.path[0])}: ${issue.message}`);
  }
  const { NODE_ENV, MARKETING_LINK_SECRET, MARKETING_PUBLIC_URL } = parsed.data;
  if (NODE_ENV === 'production' && !MARKETING_LINK_SECRET) {
    throw new Error('MARKETING_LINK_SECRET: must be set in production (it signs unsubscribe links)');
  }
  return {
    cap: parseFrequencyCap(env.MARKETING_FREQUENCY_CAP, 'MARKETING_FREQUENCY_CAP'),
    quietHours: parseQuietHours(
      env.MARKETING_QUIET_HOURS,
      parsed.data.MARKETING_QUIET_HOURS_TIME_ZONE,
      'MARKETING_QUIET_HOURS',
    ),
    linkSecret: new TextEncoder().encode(MARKETING_LINK_SECRET ?? DEVELOPMENT_LINK_SECRET),
    publicUrl: (MARKETING_PUBLIC_URL ?? `http://localhost:${servicePort}`).replace(/\/$/, ''),
    from: parsed.data.MARKETING_MAIL_FROM,
    mail: loadMailConfig(env),
    sms: parseSmsGateway(env),
  };
}
