import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { noSender } from './mail-refusal';
import { messageIdOn, normalizeMessageId, referencedMessageIds } from './message-id';

/** What a receiver needs of a mail, parsed from its raw RFC 5322 text. */
export interface InboundMail {
  /** The mail's own Message-ID; a stable one derived from its bytes when it came without. */
  messageId: string;
  from: { address: string; name: string | null };
  subject: string;
  /** The plain text body (from the HTML part when there is no text part). */
  text: string;
  /** The HTML part, when there is one. */
  html: string | null;
  to: string[];
  /** The Message-ID it answers directly. */
  inReplyTo: string | null;
  /** The thread it belongs to, oldest first. */
  references: string[];
  sentAt: Date | null;
}

function addressesOf(header: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(header) ? header.flatMap((entry) => entry.value) : (header?.value ?? []);
  return list.filter((entry) => entry.address);
}

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

/** Parses a mail; one without a From: address is refused (there is nobody to answer). */
export async function parseInboundMail(raw: Buffer): Promise<InboundMail> {
  const parsed = await simpleParser(raw, { skipImageLinks: true });
  const [sender] = addressesOf(parsed.from);
  if (!sender?.address) throw noSender();
  // The same bytes delivered twice must be recognised as one mail, hence a hash, not a random id.
  const digest = createHash('sha256').update(raw).digest('hex').slice(0, 32);
  return {
    messageId: normalizeMessageId(parsed.messageId) ?? messageIdOn('no-message-id.invalid', digest),
    from: { address: sender.address.trim().toLowerCase(), name: sender.name?.trim() || null },
    subject: parsed.subject?.trim() ?? '',
    text: (parsed.text ?? '').trim(),
    html: parsed.html || null,
    to: addressesOf(parsed.to).map((entry) => (entry.address ?? '').toLowerCase()),
    inReplyTo: normalizeMessageId(parsed.inReplyTo),
    references: asList(parsed.references)
      .map(normalizeMessageId)
      .filter((id): id is string => id !== null),
    sentAt: parsed.date ?? null,
  };
}

/** Every Message-ID the mail answers, nearest first: what a receiver threads it by. */
export const answeredMessageIds = (mail: InboundMail): string[] =>
  referencedMessageIds(mail.inReplyTo, mail.references);
