/** At most `messages` marketing messages per customer and channel in any `days`-day window. */
export interface FrequencyCap {
  messages: number;
  days: number;
}

export const DEFAULT_FREQUENCY_CAP: FrequencyCap = { messages: 3, days: 7 };

/** Reads `3/7d` (MARKETING_FREQUENCY_CAP): three messages in seven days. */
export function parseFrequencyCap(value: string | undefined, variable: string): FrequencyCap {
  if (value === undefined || value.trim() === '') return DEFAULT_FREQUENCY_CAP;
  const match = /^(\d+)\s*\/\s*(\d+)d$/.exec(value.trim());
  const messages = Number(match?.[1]);
  const days = Number(match?.[2]);
  if (!match || messages < 1 || days < 1) {
    throw new Error(
      `${variable}: must look like "3/7d" (messages per days, both at least 1), got "${value}"`,
    );
  }
  return { messages, days };
}

/** Where the window that counts toward the cap starts, for a send at `now`. */
export function capWindowStart(cap: FrequencyCap, now: Date): Date {
  return new Date(now.getTime() - cap.days * 24 * 60 * 60 * 1000);
}

/** True when `sentInWindow` messages already fill the cap: one more would exceed it. */
export function capReached(cap: FrequencyCap, sentInWindow: number): boolean {
  return sentInWindow >= cap.messages;
}
