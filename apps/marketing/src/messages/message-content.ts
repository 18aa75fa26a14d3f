import type { MessageTemplate } from '../data/message-template.entity';
import { signTrackingLink } from '../domain/tracking-link';
import { compileTemplatePart, renderPart } from '../domain/template-rendering';
import type { MessageSettings } from './message-settings';

export interface RenderedMessage {
  subject: string | null;
  textBody: string;
  htmlBody: string | null;
  unsubscribeUrl: string;
}

/** Links to the web in an HTML part; each goes through the signed click redirect. */
const WEB_LINK = /href="(https?:\/\/[^"]+)"/g;

/**
 * A template filled in for one recipient: variables given by the sender plus the built-ins, every
 * web link in the HTML part through a signed click redirect, an open pixel, and an unsubscribe link
 * in every part (added at the end where the template does not place `{{unsubscribeUrl}}` itself).
 */
export async function renderMessage(
  template: MessageTemplate,
  variables: Record<string, unknown>,
  recipient: { messageId: string; customerName: string | null },
  settings: MessageSettings,
  variablesField: string,
): Promise<RenderedMessage> {
  const link = (action: 'open' | 'click' | 'unsubscribe', url?: string) =>
    signTrackingLink({ messageId: recipient.messageId, action, url }, settings.linkSecret);
  const unsubscribeUrl = `${settings.publicUrl}/m/u/${await link('unsubscribe')}`;
  const values = { ...variables, customerName: recipient.customerName ?? '', unsubscribeUrl };
  const render = (source: string, html = false) =>
    renderPart(compileTemplatePart(source, variablesField, { html }), values, variablesField);

  let textBody = render(template.textBody);
  if (!textBody.includes(unsubscribeUrl)) textBody += `\n\nUnsubscribe: ${unsubscribeUrl}`;
  let htmlBody = template.htmlBody === null ? null : render(template.htmlBody, true);
  if (htmlBody !== null) {
    htmlBody = await trackClicks(htmlBody, (url) => link('click', url), settings.publicUrl);
    if (!htmlBody.includes(unsubscribeUrl)) htmlBody += `<p><a href="${unsubscribeUrl}">Unsubscribe</a></p>`;
    htmlBody += `<img src="${settings.publicUrl}/m/o/${await link('open')}" width="1" height="1" alt="">`;
  }
  const subject = template.subject === null ? null : render(template.subject);
  return { subject, textBody, htmlBody, unsubscribeUrl };
}

async function trackClicks(
  html: string,
  sign: (url: string) => Promise<string>,
  publicUrl: string,
): Promise<string> {
  const replacements = new Map<string, string>();
  for (const [, url] of html.matchAll(WEB_LINK)) {
    // Our own links (unsubscribe) stay as they are.
    if (!url.startsWith(publicUrl) && !replacements.has(url)) {
      replacements.set(url, `${publicUrl}/m/c/${await sign(decodeEntities(url))}`);
    }
  }
  return html.replace(WEB_LINK, (whole, url: string) =>
    replacements.has(url) ? `href="${replacements.get(url)}"` : whole,
  );
}

/** The URL as the browser would read it from the attribute (Handlebars escaped `&` to `&amp;`). */
const decodeEntities = (url: string) => url.replaceAll('&amp;', '&').replaceAll('&#x3D;', '=');
