/**
 * A ticket's number in a mail subject, `[#1042]`: how a reply finds its ticket when the mail
 * client dropped In-Reply-To and References (some webmailers and forwarders do).
 */
const TICKET_TOKEN = /\[#(\d{1,9})\]/;

/** Re:, AW:, Fwd: and the like that mail clients put before a subject, any number of times. */
const REPLY_PREFIXES = /^(\s*(re|aw|sv|vs|fw|fwd|wg)\s*(\[\d+\])?\s*:\s*)+/i;

export function ticketNumberInSubject(subject: string): number | null {
  const match = TICKET_TOKEN.exec(subject);
  return match ? Number(match[1]) : null;
}

/** `Re: [#1042] Printer on fire` for every reply on ticket 1042, however the thread started. */
export function replySubject(ticket: { number: number; subject: string }): string {
  return `Re: [#${ticket.number}] ${ticket.subject}`;
}

/** A ticket's subject from a mail's: without reply prefixes and ticket tokens; never empty. */
export function ticketSubjectOfMail(subject: string): string {
  const bare = subject.replace(REPLY_PREFIXES, '').replace(TICKET_TOKEN, '').replace(/\s+/g, ' ').trim();
  return bare ? bare.slice(0, 200) : '(no subject)';
}
