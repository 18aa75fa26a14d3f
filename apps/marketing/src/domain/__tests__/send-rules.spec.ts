import { capReached, parseFrequencyCap } from '../frequency-cap';
import { parseQuietHours, quietUntil } from '../quiet-hours';
import { decideSend, type RecipientFacts } from '../send-decision';

const CAP = { messages: 3, days: 7 };
const recipient: RecipientFacts = {
  known: true,
  erased: false,
  address: 'ada@example.com',
  consented: true,
  addressSuppressed: false,
  sentInCapWindow: 0,
};
const NOON_UTC = new Date('2026-06-10T12:00:00.000Z');

describe('frequency caps', () => {
  it('reads "messages/days" and defaults to 3 in 7 days', () => {
    expect(parseFrequencyCap(undefined, 'CAP')).toEqual({ messages: 3, days: 7 });
    expect(parseFrequencyCap('5/30d', 'CAP')).toEqual({ messages: 5, days: 30 });
    expect(() => parseFrequencyCap('0/7d', 'CAP')).toThrow('CAP');
    expect(() => parseFrequencyCap('three a week', 'CAP')).toThrow('CAP');
  });

  it('lets the third message through and stops the fourth', () => {
    expect(capReached(CAP, 2)).toBe(false);
    expect(capReached(CAP, 3)).toBe(true);
  });
});

describe('quiet hours', () => {
  const berlinNights = parseQuietHours('21:00-08:00', 'Europe/Berlin', 'QUIET');

  it('holds a message sent at 23:30 in Berlin until 08:00 the next morning there', () => {
    // 21:30 UTC is 23:30 in Berlin in summer (UTC+2).
    expect(quietUntil(berlinNights, new Date('2026-06-10T21:30:00Z'))).toEqual(
      new Date('2026-06-11T06:00:00Z'),
    );
  });

  it('holds a message sent at 05:00 until 08:00 the same morning, and lets noon through', () => {
    expect(quietUntil(berlinNights, new Date('2026-06-11T03:00:00Z'))).toEqual(
      new Date('2026-06-11T06:00:00Z'),
    );
    expect(quietUntil(berlinNights, NOON_UTC)).toBeNull();
  });

  it('follows the winter offset and a daytime window', () => {
    const lunch = parseQuietHours('12:00-13:30', 'UTC', 'QUIET');
    expect(quietUntil(lunch, new Date('2026-01-10T12:45:00Z'))).toEqual(new Date('2026-01-10T13:30:00Z'));
    expect(quietUntil(berlinNights, new Date('2026-01-10T21:00:00Z'))).toEqual(
      new Date('2026-01-11T07:00:00Z'),
    );
  });

  it('refuses malformed hours and unknown zones, and reads "off" as none', () => {
    expect(parseQuietHours('off', 'UTC', 'QUIET')).toBeNull();
    expect(() => parseQuietHours('9pm-8am', 'UTC', 'QUIET')).toThrow('QUIET');
    expect(() => parseQuietHours('21:00-08:00', 'Mars/Olympus', 'QUIET')).toThrow('Mars/Olympus');
  });
});

describe('the send decision', () => {
  const rules = { channel: 'EMAIL' as const, cap: CAP, quietHours: null };

  it('sends to a consenting customer under the cap', () => {
    expect(decideSend(recipient, rules, NOON_UTC)).toEqual({ kind: 'send', address: 'ada@example.com' });
  });

  it('suppresses with the reason, in order: erased, consent, address, suppression, cap', () => {
    const reasonFor = (facts: Partial<RecipientFacts>) => {
      const decision = decideSend({ ...recipient, ...facts }, rules, NOON_UTC);
      return decision.kind === 'suppress' ? decision.reason : decision.kind;
    };
    expect(reasonFor({ erased: true, consented: false })).toBe('CUSTOMER_ERASED');
    expect(reasonFor({ consented: false })).toBe('NO_CONSENT');
    expect(reasonFor({ known: false })).toBe('NO_CONSENT');
    expect(reasonFor({ address: null })).toBe('NO_ADDRESS');
    expect(reasonFor({ addressSuppressed: true })).toBe('ADDRESS_SUPPRESSED');
    expect(reasonFor({ sentInCapWindow: 3 })).toBe('FREQUENCY_CAP');
  });

  it('defers a message due in quiet hours to their end', () => {
    const quietHours = parseQuietHours('00:00-23:59', 'UTC', 'QUIET');
    expect(decideSend(recipient, { ...rules, quietHours }, NOON_UTC)).toEqual({
      kind: 'defer',
      until: new Date('2026-06-10T23:59:00Z'),
    });
  });
});
