/**
 * A mail refused during the SMTP dialogue: the sending server gets `code` and `message` as its
 * reply (RFC 5321 §4.2), so it bounces the mail to its sender (5xx) or tries again later (4xx).
 * Enhanced status codes (RFC 3463) lead the message, e.g. "5.1.1".
 */
export class MailRefusal extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'MailRefusal';
  }
}

export const noSuchMailbox = (address: string) =>
  new MailRefusal(550, `5.1.1 No support queue receives mail at <${address}>`);

export const noSender = () =>
  new MailRefusal(550, '5.6.0 The mail has no From: address; we cannot answer it');

export const tooLarge = (maxBytes: number) =>
  new MailRefusal(552, `5.3.4 The mail is larger than ${maxBytes} bytes`);

export const tryAgainLater = () => new MailRefusal(451, '4.3.0 Could not take the mail now; try again later');
