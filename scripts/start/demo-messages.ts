import type { Send } from './demo-client';

/**
 * The demo marketing mail: a welcome email and an SMS template, and the first demo customers, who
 * consent to email, sent the welcome mail (it lands in the local catcher, with its tracking and
 * unsubscribe links); the others have not consented, so a send to them is SUPPRESSED with the reason.
 */

const WELCOME = {
  name: 'Welcome',
  channel: 'EMAIL',
  subject: 'Welcome to Acme, {{customerName}}',
  htmlBody:
    '<h1>Welcome, {{customerName}}</h1><p>{{offer}} on your first order: <a href="https://shop.example.com/welcome">shop now</a>.</p>',
  textBody: 'Welcome, {{customerName}}. {{offer}} on your first order: https://shop.example.com/welcome',
};

const FLASH_SALE = {
  name: 'Flash sale',
  channel: 'SMS',
  textBody: 'Acme flash sale today only, {{customerName}}!',
};

const CREATE_TEMPLATE =
  'mutation ($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }';
const SET_CONSENT = `mutation ($customerId: ID!) {
  setConsent(customerId: $customerId, channel: EMAIL, granted: true, source: "DEMO_SIGNUP_FORM") { id } }`;
const SEND =
  'mutation ($input: SendMarketingMessageInput!) { sendMarketingMessage(input: $input) { status } }';

const CONSENTING = `query ($rule: SegmentRule!) { previewSegment(rule: $rule, sample: 50) { sample { id } } }`;
const EMAIL_CONSENT = { field: 'emailConsent', operator: 'eq', value: true };

/** Marketing hears of consent through Kafka: the welcome mails go once it knows all of it. */
async function untilMarketingKnowsConsent(send: Send, customerIds: string[]): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const { previewSegment } = (await send(CONSENTING, { rule: EMAIL_CONSENT })) as {
      previewSegment: { sample: { id: string }[] };
    };
    const known = new Set(previewSegment.sample.map((customer) => customer.id));
    if (customerIds.every((id) => known.has(id))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('marketing did not learn the demo customers’ email consent within 30 s');
}

/** Returns the welcome template's id (the demo journey sends it). */
export async function loadDemoMessages(
  send: Send,
  customerIds: string[],
  log: (message: string) => void,
): Promise<string> {
  log(
    'loading demo marketing mail: a welcome email and an SMS template, welcome mails to consenting customers',
  );
  const { createMessageTemplate: welcome } = (await send(CREATE_TEMPLATE, { input: WELCOME })) as {
    createMessageTemplate: { id: string };
  };
  await send(CREATE_TEMPLATE, { input: FLASH_SALE });
  const consenting = customerIds.slice(0, 3);
  for (const customerId of consenting) await send(SET_CONSENT, { customerId });
  await untilMarketingKnowsConsent(send, consenting);
  for (const customerId of consenting) {
    await send(SEND, { input: { templateId: welcome.id, customerId, variables: { offer: '10 % off' } } });
  }
  return welcome.id;
}
