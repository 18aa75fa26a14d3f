import type { TestPlatform } from '@crm/platform-testing';

/**
 * Message templates and a message made for one caller for the authorization matrix's message rows:
 * each mutating row gets its own record in the state it starts from.
 */
export interface MessageFixture {
  /** An EMAIL template at version 1. */
  templateToRead: string;
  templateToUpdate: string;
  /** A message to the caller's customer (SUPPRESSED: the customer never consented). */
  messageToRead: string;
  /** A message as the relay took it (SENT), for a delivery report. */
  messageToReport: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE = `mutation ($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }`;
const SEND = `mutation ($input: SendMarketingMessageInput!) { sendMarketingMessage(input: $input) { id } }`;
export const MATRIX_TEMPLATE = {
  name: 'Matrix',
  channel: 'EMAIL',
  subject: 'Hi',
  textBody: 'Hello {{customerName}}',
};

/**
 * Made by an admin. The test platform has no SMTP relay, and the customer no consent: the message
 * to report on is marked SENT in marketing's table, as the relay would have had it.
 */
export async function createMessageFixture(
  send: Send,
  customerId: string,
  platform: TestPlatform,
): Promise<MessageFixture> {
  const template = async () =>
    (await send<{ createMessageTemplate: { id: string } }>(CREATE, { input: MATRIX_TEMPLATE }))
      .createMessageTemplate.id;
  const templateToRead = await template();
  const message = async () =>
    (
      await send<{ sendMarketingMessage: { id: string } }>(SEND, {
        input: { templateId: templateToRead, customerId },
      })
    ).sendMarketingMessage.id;
  const messageToReport = await message();
  await platform.subgraphs.marketing.dataSource.query(
    "UPDATE marketing_messages SET status = 'SENT', sent_at = now(), suppression_reason = NULL WHERE id = $1",
    [messageToReport],
  );
  return {
    templateToRead,
    templateToUpdate: await template(),
    messageToRead: await message(),
    messageToReport,
  };
}
