import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMailSender } from '@crm/mail';
import { MAIL_DIR, startLocalMailCatcher, type RunningMailCatcher } from '../mail-catcher';

describe("npm start's mail catcher", () => {
  let catcher: RunningMailCatcher;
  const lines: string[] = [];

  beforeAll(async () => {
    catcher = await startLocalMailCatcher((line) => lines.push(line), {
      SMTP_PORT: '0',
      MAIL_CATCHER_HTTP_PORT: '0',
    });
  });
  afterAll(() => catcher.stop());

  it('keeps each mail as an .eml file, lists it on its page and says where it is', async () => {
    const sender = createMailSender({
      host: '127.0.0.1',
      port: catcher.smtpPort,
      secure: false,
      user: undefined,
      password: undefined,
    });
    const subject = `Re: [#1042] Printer on fire ${Date.now()}`;
    await sender.send({
      from: 'support@crm.localhost',
      to: 'grace@acme.example',
      subject,
      text: 'We are on it.',
      messageId: `<${Date.now()}@crm.localhost>`,
    });
    sender.close();

    const file = /→ \.cache\/mail\/(\S+\.eml)$/.exec(lines.at(-1) ?? '')?.[1];
    expect(file).toBeDefined();
    expect(await readFile(join(MAIL_DIR, file!), 'utf8')).toContain(subject);
    const page = await (await fetch(catcher.pageUrl)).text();
    expect(page).toContain('Printer on fire');
    expect(page).toContain(`/mail/${file}`);
    const eml = await fetch(`${catcher.pageUrl}/mail/${file}`);
    expect(eml.headers.get('content-type')).toBe('message/rfc822');
  });
});
