import { outcomeOfAttempt, type WebhookAttemptContext } from '../webhook-delivery-outcome';

const at = new Date('2026-03-10T09:00:00.000Z');
const fresh: WebhookAttemptContext = {
  attemptsBefore: 0,
  firstAttemptAt: null,
  endpointEnabled: true,
  endpointFailuresBefore: 0,
  disableAfterFailures: 3,
};
const answered = (statusCode: number | null) => ({
  statusCode,
  error: statusCode !== null && statusCode < 300 ? null : 'failed',
  durationMs: 5,
  responseExcerpt: null,
});

describe('what follows a webhook try', () => {
  it('a 2xx answer delivers and starts the endpoint failure count again', () => {
    expect(
      outcomeOfAttempt({ ...fresh, attemptsBefore: 2, endpointFailuresBefore: 2 }, answered(204), at, 0),
    ).toEqual(
      expect.objectContaining({
        attempt: 3,
        delivered: true,
        status: 'DELIVERED',
        nextAttemptAt: null,
        endpointFailures: 0,
      }),
    );
  });

  it('a failure schedules the next try after the backoff delay, counted from the first try', () => {
    const outcome = outcomeOfAttempt(fresh, answered(500), at, 0);
    expect(outcome).toEqual(
      expect.objectContaining({ attempt: 1, status: 'PENDING', firstAttemptAt: at, endpointFailures: 1 }),
    );
    expect(outcome.nextAttemptAt?.toISOString()).toBe('2026-03-10T09:00:30.000Z');
  });

  it('a redirect or no answer at all is a failure too', () => {
    expect(outcomeOfAttempt(fresh, answered(302), at, 0).delivered).toBe(false);
    expect(outcomeOfAttempt(fresh, answered(null), at, 0).status).toBe('PENDING');
  });

  it('the failure that reaches the limit disables the endpoint and gives the delivery up', () => {
    expect(outcomeOfAttempt({ ...fresh, endpointFailuresBefore: 2 }, answered(500), at, 0)).toEqual(
      expect.objectContaining({
        status: 'FAILED',
        nextAttemptAt: null,
        endpointFailures: 3,
        disablesEndpoint: true,
      }),
    );
  });

  it('a failed replay to a disabled endpoint is not retried and disables nothing more', () => {
    expect(
      outcomeOfAttempt({ ...fresh, endpointEnabled: false, endpointFailuresBefore: 7 }, answered(500), at, 0),
    ).toEqual(
      expect.objectContaining({
        status: 'FAILED',
        nextAttemptAt: null,
        endpointFailures: 8,
        disablesEndpoint: false,
      }),
    );
  });

  it('gives up once the next try would fall more than a day after the first', () => {
    const firstAttemptAt = new Date(at.getTime() - 23 * 60 * 60 * 1000);
    expect(
      outcomeOfAttempt({ ...fresh, attemptsBefore: 8, firstAttemptAt }, answered(503), at, 0).status,
    ).toBe('FAILED');
  });
});
