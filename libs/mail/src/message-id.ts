import { randomUUID } from 'node:crypto';

/**
 * Message-IDs and threading (RFC 5322 §3.6.4): a reply names its parent in In-Reply-To and the
 * whole chain in References, so any mail client files it in the thread and so can we.
 */

/** A new Message-ID on our domain, e.g. `<ticket-1042.0190…@crm.localhost>`. */
export function messageIdOn(domain: string, localPart: string = randomUUID()): string {
  return `<${localPart}@${domain}>`;
}

/** `<id@host>` whatever the header held: bare, bracketed, padded. Null for an empty value. */
export function normalizeMessageId(value: string | null | undefined): string | null {
  const bare = value?.trim().replace(/^<|>$/g, '').trim();
  return bare ? `<${bare}>` : null;
}

/** Every Message-ID a mail says it answers: In-Reply-To first, then References, newest first. */
export function referencedMessageIds(inReplyTo: string | null, references: string[]): string[] {
  const ids = [inReplyTo, ...[...references].reverse()].map(normalizeMessageId);
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** References keep the first mail and the latest ones: long threads would outgrow a header line. */
const MAX_REFERENCES = 20;

/** The threading headers of a reply to the last mail of `thread` (oldest first). */
export function replyThreading(thread: string[]): { inReplyTo: string | undefined; references: string[] } {
  const ids = thread.map(normalizeMessageId).filter((id): id is string => id !== null);
  const references =
    ids.length > MAX_REFERENCES ? [ids[0], ...ids.slice(ids.length - MAX_REFERENCES + 1)] : ids;
  return { inReplyTo: ids.at(-1), references };
}
