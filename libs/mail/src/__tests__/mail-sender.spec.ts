import { isTransientMailError } from '../mail-sender';

describe('isTransientMailError', () => {
  it('retries what the relay may take later: no connection, 4xx', () => {
    expect(isTransientMailError(Object.assign(new Error('x'), { code: 'ECONNECTION' }))).toBe(true);
    expect(isTransientMailError(Object.assign(new Error('x'), { code: 'ESOCKET' }))).toBe(true);
    expect(
      isTransientMailError(Object.assign(new Error('x'), { code: 'EENVELOPE', responseCode: 451 })),
    ).toBe(true);
  });

  it('does not retry a refusal (5xx) or an unknown failure', () => {
    expect(
      isTransientMailError(Object.assign(new Error('x'), { code: 'EENVELOPE', responseCode: 550 })),
    ).toBe(false);
    expect(isTransientMailError(new Error('bad template'))).toBe(false);
    expect(isTransientMailError(undefined)).toBe(false);
  });
});
