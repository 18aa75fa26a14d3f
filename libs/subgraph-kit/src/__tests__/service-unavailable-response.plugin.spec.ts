import { failedOnlyForUnavailability } from '../service-unavailable-response.plugin';

const unavailable = { message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } };
const internal = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

describe('failedOnlyForUnavailability', () => {
  it.each([
    ['no data at all', { data: null, errors: [unavailable] }],
    [
      'every root field null',
      { data: { customersSeen: null, funnel: null }, errors: [unavailable, unavailable] },
    ],
  ])('is true for %s with only SERVICE_UNAVAILABLE errors', (_what, result) => {
    expect(failedOnlyForUnavailability(result)).toBe(true);
  });

  it.each([
    ['partial data', { data: { customer: { name: 'A', metrics: null } }, errors: [unavailable] }],
    ['another error beside', { data: null, errors: [unavailable, internal] }],
    ['a bug alone', { data: null, errors: [internal] }],
    ['no error', { data: { customersSeen: 3 } }],
  ])('is false for %s', (_what, result) => {
    expect(failedOnlyForUnavailability(result)).toBe(false);
  });
});
