import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { loadMailConfig, parseEnv, type Env } from '@crm/config';
import { createLogger } from '@crm/logger';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '@crm/mail';

/** Where the catcher keeps each mail as an .eml file any mail client opens. */
export const MAIL_DIR = resolve('.cache/mail');

const schema = z.object({
  MAIL_CATCHER_HTTP_PORT: z.coerce.number().int().min(0).max(65_535).default(1080),
});

export interface RunningMailCatcher {
  smtpPort: number;
  pageUrl: string;
  stop(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function fileNameOf(mail: CaughtMail, index: number): string {
  const stamp = mail.receivedAt.toISOString().replace(/[:.]/g, '-');
  return `${stamp}-${String(index).padStart(4, '0')}.eml`;
}

/** Newest first: when, from, to, subject, the text, and the .eml to download. */
function listPage(catcher: MailCatcher, files: string[]): string {
  const rows = catcher.mails
    .map((caught, index) => ({ caught, file: files[index] }))
    .reverse()
    .map(
      ({ caught: { mail, receivedAt }, file }) => `<tr><td>${receivedAt.toISOString()}</td>
  <td>${escapeHtml(mail.from.address)}</td><td>${escapeHtml(mail.to.join(', '))}</td>
  <td><a href="/mail/${encodeURIComponent(file)}">${escapeHtml(mail.subject)}</a>
  <pre>${escapeHtml(mail.text.slice(0, 2_000))}</pre></td></tr>`,
    );
  return `<!doctype html><meta charset="utf-8"><title>Outgoing mail (${catcher.mails.length})</title>
<h1>Outgoing mail caught by npm start</h1><p>Files: ${escapeHtml(MAIL_DIR)}</p>
<table border="1" cellpadding="4"><tr><th>received</th><th>from</th><th>to</th><th>subject and text</th></tr>
${rows.join('\n')}</table>`;
}

/**
 * `npm start`'s sink for outgoing mail: an SMTP server where the platform's relay settings point by
 * default (SMTP_PORT, 1025), writing each mail to .cache/mail/*.eml and listing them on a small page.
 * Nothing leaves the machine.
 */
export async function startLocalMailCatcher(
  log: (message: string) => void,
  env: Env = process.env,
): Promise<RunningMailCatcher> {
  const { relay } = loadMailConfig({ ...env, NODE_ENV: 'development' });
  const { MAIL_CATCHER_HTTP_PORT } = parseEnv(schema, env);
  await mkdir(MAIL_DIR, { recursive: true });
  const files: string[] = [];
  const catcher = await startMailCatcher({
    host: '127.0.0.1',
    port: relay?.port,
    logger: createLogger('mail-catcher', 'warn'),
    async onMail(mail) {
      const file = fileNameOf(mail, files.length + 1);
      files.push(file);
      await writeFile(join(MAIL_DIR, file), mail.raw);
      log(`mail caught: "${mail.mail.subject}" to ${mail.mail.to.join(', ')} → .cache/mail/${file}`);
    },
  });
  const page = http.createServer((request, response) => {
    const wanted = /^\/mail\/([\w.-]+\.eml)$/.exec(request.url ?? '')?.[1];
    const index = wanted ? files.indexOf(wanted) : -1;
    if (index >= 0) {
      response.writeHead(200, { 'content-type': 'message/rfc822' }).end(catcher.mails[index].raw);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(listPage(catcher, files));
  });
  await new Promise<void>((done) => page.listen(MAIL_CATCHER_HTTP_PORT, '127.0.0.1', done));
  const pageUrl = `http://localhost:${(page.address() as AddressInfo).port}`;
  return {
    smtpPort: catcher.port,
    pageUrl,
    async stop() {
      await new Promise<void>((done) => page.close(() => done()));
      await catcher.stop();
    },
  };
}
