import { StartDeadlineMissed, stoppedUnlessStartedInTime } from '../stopped-unless-started-in-time';

function pendingStart() {
  const started = { stop: jest.fn(async () => undefined) };
  let finish: () => void = () => undefined;
  const starting = new Promise<typeof started>((resolve) => (finish = () => resolve(started)));
  return { started, starting, finish };
}

describe('stoppedUnlessStartedInTime', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('resolves with what started before the deadline and leaves it running', async () => {
    const { started, starting, finish } = pendingStart();
    const result = stoppedUnlessStartedInTime(starting, 'the sales subgraph', 1_000);
    finish();
    await expect(result).resolves.toBe(started);
    expect(started.stop).not.toHaveBeenCalled();
  });

  it('names what missed the deadline and stops it once it starts late', async () => {
    const { started, starting, finish } = pendingStart();
    const result = stoppedUnlessStartedInTime(starting, 'the sales subgraph', 1_000);
    jest.advanceTimersByTime(1_000);
    await expect(result).rejects.toThrow(
      new StartDeadlineMissed('the sales subgraph did not start within 1 s'),
    );
    finish();
    await starting;
    await Promise.resolve();
    expect(started.stop).toHaveBeenCalledTimes(1);
  });

  it('passes on a start that fails by itself', async () => {
    const failure = new Error('port in use');
    await expect(stoppedUnlessStartedInTime(Promise.reject(failure), 'the gateway', 1_000)).rejects.toBe(
      failure,
    );
  });
});
