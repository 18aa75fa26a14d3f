import { InFlightFetches } from '../in-flight-fetches';

/** A fetch the test answers when it chooses. */
function controlled<T>() {
  let answer!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

describe('identical fetches in flight', () => {
  it('share one request while it is in flight', async () => {
    const inFlight = new InFlightFetches<string>();
    const fetch = controlled<string>();
    const start = jest.fn(() => fetch.promise);
    const first = inFlight.share('caller A|{query}', start);
    const second = inFlight.share('caller A|{query}', start);
    fetch.answer('{"data":{}}');
    await expect(Promise.all([first, second])).resolves.toEqual(['{"data":{}}', '{"data":{}}']);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never share across keys: another caller or another body is another request', async () => {
    const inFlight = new InFlightFetches<string>();
    const start = jest.fn(async () => 'answer');
    await Promise.all([
      inFlight.share('caller A|{query}', start),
      inFlight.share('caller B|{query}', start),
      inFlight.share('caller A|{other}', start),
    ]);
    expect(start).toHaveBeenCalledTimes(3);
  });

  it('keep nothing once answered: a later identical fetch is a new request', async () => {
    const inFlight = new InFlightFetches<string>();
    const start = jest.fn(async () => 'answer');
    await inFlight.share('key', start);
    await inFlight.share('key', start);
    expect(start).toHaveBeenCalledTimes(2);
    expect(inFlight.size).toBe(0);
  });

  it('hand a failure to every waiter, and forget it', async () => {
    const inFlight = new InFlightFetches<string>();
    const fetch = controlled<string>();
    const first = inFlight.share('key', () => fetch.promise);
    const second = inFlight.share('key', () => fetch.promise);
    fetch.fail(new Error('it refused the connection'));
    await expect(first).rejects.toThrow('it refused the connection');
    await expect(second).rejects.toThrow('it refused the connection');
    expect(inFlight.size).toBe(0);
  });
});
