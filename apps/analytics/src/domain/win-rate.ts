/** Win rate = won / (won + lost), over deals closed in the period; null when none closed. */
export function winRate(won: number, lost: number): number | null {
  const closed = won + lost;
  return closed === 0 ? null : round4(won / closed);
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
