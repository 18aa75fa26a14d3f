import { SWEEP_BATCH } from '../data/due-work.repository';

/**
 * Acts on every candidate, batch after batch, until a batch is short or changes nothing (a row the
 * query finds but the domain rule refuses would otherwise come back forever). Returns how many acted.
 */
export async function sweep(
  candidates: () => Promise<string[]>,
  act: (id: string) => Promise<boolean>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await candidates();
    let acted = 0;
    for (const id of ids) if (await act(id)) acted += 1;
    total += acted;
    if (ids.length < SWEEP_BATCH || acted === 0) return total;
  }
}
