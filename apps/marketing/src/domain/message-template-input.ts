import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { MESSAGE_CHANNELS, type MessageChannel } from './message-channel';
import { compileTemplatePart } from './template-rendering';

export interface MessageTemplateFields {
  name: string;
  channel: MessageChannel;
  /** Email only. */
  subject: string | null;
  /** Email only: the HTML part; the text part is always there. */
  htmlBody: string | null;
  textBody: string;
}

/** An SMS longer than ten segments is refused: gateways split and bill per 160 characters. */
export const SMS_MAX_LENGTH = 1_600;

const inputSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  channel: z.enum(MESSAGE_CHANNELS),
  subject: z.string().trim().max(300, 'must be at most 300 characters').nullish(),
  htmlBody: z.string().max(200_000, 'must be at most 200 000 characters').nullish(),
  textBody: z.string().min(1, 'must not be empty').max(100_000, 'must be at most 100 000 characters'),
});

/** Validates a template; each part must compile, and an email needs a subject. */
export function parseMessageTemplate(input: unknown, path = 'input'): MessageTemplateFields {
  const result = inputSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badUserInput([path, ...issue.path].join('.'), issue.message);
  }
  const { name, channel, textBody } = result.data;
  const subject = result.data.subject || null;
  const htmlBody = result.data.htmlBody || null;
  if (channel === 'EMAIL' && subject === null)
    throw badUserInput(`${path}.subject`, 'an email needs a subject');
  if (channel === 'SMS' && (subject !== null || htmlBody !== null)) {
    const field = subject !== null ? 'subject' : 'htmlBody';
    throw badUserInput(`${path}.${field}`, 'an SMS has only a text body');
  }
  if (channel === 'SMS' && textBody.length > SMS_MAX_LENGTH) {
    throw badUserInput(`${path}.textBody`, `an SMS is at most ${SMS_MAX_LENGTH} characters`);
  }
  for (const [field, source] of Object.entries({ subject, htmlBody, textBody })) {
    if (source !== null) compileTemplatePart(source, `${path}.${field}`);
  }
  return { name, channel, subject, htmlBody, textBody };
}
