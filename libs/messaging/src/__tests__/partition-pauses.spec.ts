import { PartitionPauses, TRANSIENT_RETRY_BASE_MS, TRANSIENT_RETRY_MAX_MS } from '../partition-pauses';

describe('PartitionPauses', () => {
  let pauses: PartitionPauses;
  const resumed: string[] = [];

  beforeEach(() => {
    jest.useFakeTimers();
    pauses = new PartitionPauses();
    resumed.length = 0;
  });
  afterEach(() => {
    pauses.cancelAll();
    jest.useRealTimers();
  });

  const pauseOrders = () =>
    pauses.pause('orders/0', 'connect ECONNREFUSED 127.0.0.1:5432', () => resumed.push('orders/0'));

  it('backs off from 250 ms, doubling to 15 s, for as long as the outage lasts', () => {
    const waits = Array.from({ length: 12 }, () => pauseOrders().retryInMs);
    waits.forEach((wait, failure) => {
      const ceiling = Math.min(TRANSIENT_RETRY_MAX_MS, TRANSIENT_RETRY_BASE_MS * 2 ** failure);
      expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
      expect(wait).toBeLessThanOrEqual(ceiling);
    });
    expect(waits[0]).toBeLessThanOrEqual(250);
    expect(waits[11]).toBeGreaterThanOrEqual(TRANSIENT_RETRY_MAX_MS / 2);
  });

  it('resumes the partition once its wait is over, only once', () => {
    const { retryInMs } = pauseOrders();
    jest.advanceTimersByTime(retryInMs - 1);
    expect(resumed).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(resumed).toEqual(['orders/0']);
    jest.advanceTimersByTime(TRANSIENT_RETRY_MAX_MS);
    expect(resumed).toEqual(['orders/0']);
  });

  it('says what the partitions wait for, and starts over after a recovery', () => {
    expect(pauses.summary).toBeUndefined();
    pauseOrders();
    pauseOrders();
    pauses.pause('deals/2', 'deadlock detected', () => undefined);
    expect(pauses.summary).toBe(
      '2 partitions wait out: connect ECONNREFUSED 127.0.0.1:5432 (2 failures in a row)',
    );

    pauses.recovered('orders/0');
    pauses.recovered('deals/2');
    expect(pauses.summary).toBeUndefined();
    expect(pauseOrders().failuresInARow).toBe(1);
  });

  it('resumes nothing after cancelAll (a consumer that leaves)', () => {
    pauseOrders();
    pauses.cancelAll();
    jest.advanceTimersByTime(TRANSIENT_RETRY_MAX_MS);
    expect(resumed).toEqual([]);
  });
});
