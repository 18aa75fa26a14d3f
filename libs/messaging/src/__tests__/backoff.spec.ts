import { backoffDelay } from '../backoff';

describe('backoffDelay', () => {
  it('grows with the attempt and stays under the cap', () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const delay = backoffDelay(attempt, 100, 5_000);
      const ceiling = Math.min(5_000, 100 * 2 ** attempt);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});
