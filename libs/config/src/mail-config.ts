import { z } from 'zod';
import { ConfigError } from './config-error';
import { nodeEnv, port } from './env-fields';
import { parseEnv, type Env } from './parse-env';

/** The port of the local catcher `npm start` runs for outgoing mail (MailHog's and Mailpit's). */
export const DEFAULT_MAIL_CATCHER_PORT = 1025;
/** The port of the service's inbound listener for mail to the support queues' addresses. */
export const DEFAULT_INBOUND_SMTP_PORT = 2525;

/** Where outgoing mail is handed over (an SMTP relay, or the local catcher). */
export interface SmtpRelay {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise plain, with STARTTLS when the relay offers it. */
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
}

export interface MailConfig {
  /** Null: this process sends no mail (tests that bring no SMTP server of their own). */
  relay: SmtpRelay | null;
  /** The sender of mail that has no better one, e.g. `CRM Support <support@crm.localhost>`. */
  from: string;
  /** The right-hand side of the Message-IDs we generate (RFC 5322 §3.6.4): a domain we own. */
  messageIdDomain: string;
  inbound: { host: string; port: number; maxBytes: number };
}

const schema = z.object({
  NODE_ENV: nodeEnv,
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: port(DEFAULT_MAIL_CATCHER_PORT),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().trim().min(3).default('CRM Support <support@crm.localhost>'),
  MAIL_DOMAIN: z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]+$/i, 'must be a domain name, e.g. mail.example.com')
    .default('crm.localhost'),
  INBOUND_SMTP_HOST: z.string().trim().min(1).default('127.0.0.1'),
  INBOUND_SMTP_PORT: port(DEFAULT_INBOUND_SMTP_PORT),
  INBOUND_MAIL_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(10 * 1024 * 1024),
});

/**
 * Mail settings. In development outgoing mail goes to the catcher `npm start` runs on
 * 127.0.0.1:1025; tests send none unless they set SMTP_HOST (and listen for inbound mail on a
 * free port); production must name its relay.
 */
export function loadMailConfig(env: Env = process.env): MailConfig {
  const parsed = parseEnv(schema, env);
  if (parsed.NODE_ENV === 'production' && !parsed.SMTP_HOST)
    throw new ConfigError(['SMTP_HOST: must name the SMTP relay for outgoing mail in production']);
  const host = parsed.SMTP_HOST ?? (parsed.NODE_ENV === 'development' ? '127.0.0.1' : undefined);
  const inboundPortSet = env.INBOUND_SMTP_PORT !== undefined;
  return {
    relay: host
      ? {
          host,
          port: parsed.SMTP_PORT,
          secure: parsed.SMTP_SECURE === 'true',
          user: parsed.SMTP_USER,
          password: parsed.SMTP_PASSWORD,
        }
      : null,
    from: parsed.MAIL_FROM,
    messageIdDomain: parsed.MAIL_DOMAIN,
    inbound: {
      host: parsed.INBOUND_SMTP_HOST,
      // Parallel test platforms must not fight over one port.
      port: parsed.NODE_ENV === 'test' && !inboundPortSet ? 0 : parsed.INBOUND_SMTP_PORT,
      maxBytes: parsed.INBOUND_MAIL_MAX_BYTES,
    },
  };
}
