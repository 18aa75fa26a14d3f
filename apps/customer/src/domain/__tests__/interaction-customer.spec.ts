import { CrmError, ErrorCode } from '@crm/errors';
import { assertAcceptsInteractions, assertContactsOfCustomer } from '../interaction-customer';

const CUSTOMER = '0194c1d0-0000-7000-8000-0000000000c1';
const OTHER = '0194c1d0-0000-7000-8000-0000000000c2';
const ADA = '0194c1d0-0000-7000-8000-00000000c0c1';
const BOB = '0194c1d0-0000-7000-8000-00000000c0c2';

function errorOf(run: () => void): CrmError {
  try {
    run();
  } catch (error) {
    return error as CrmError;
  }
  throw new Error('expected an error');
}

describe('assertAcceptsInteractions', () => {
  it('accepts a live customer', () => {
    expect(() =>
      assertAcceptsInteractions({ id: CUSTOMER, mergedIntoId: null, erasedAt: null }, 'input.customerId'),
    ).not.toThrow();
  });

  it('sends records of a merged customer to its survivor', () => {
    const error = errorOf(() =>
      assertAcceptsInteractions({ id: CUSTOMER, mergedIntoId: OTHER, erasedAt: null }, 'input.customerId'),
    );
    expect(error).toMatchObject({ code: ErrorCode.BadUserInput, field: 'input.customerId' });
    expect(error.message).toContain(`merged into ${OTHER}`);
  });

  it('refuses an erased customer with CONFLICT', () => {
    const erasedAt = new Date('2026-11-01T00:00:00.000Z');
    const error = errorOf(() =>
      assertAcceptsInteractions({ id: CUSTOMER, mergedIntoId: null, erasedAt }, 'input.customerId'),
    );
    expect(error.code).toBe(ErrorCode.Conflict);
  });
});

describe('assertContactsOfCustomer', () => {
  const owners = new Map([
    [ADA, CUSTOMER],
    [BOB, OTHER],
  ]);

  it('accepts the customer’s own contacts and no contacts at all', () => {
    expect(() => assertContactsOfCustomer([ADA], owners, CUSTOMER, 'input.contactIds')).not.toThrow();
    expect(() => assertContactsOfCustomer([], owners, CUSTOMER, 'input.contactIds')).not.toThrow();
  });

  it('names the contact of another customer and the unknown one', () => {
    expect(
      errorOf(() => assertContactsOfCustomer([ADA, BOB], owners, CUSTOMER, 'input.contactIds')),
    ).toMatchObject({
      field: 'input.contactIds.1',
      message: expect.stringContaining('belongs to another customer'),
    });
    const unknown = '0194c1d0-0000-7000-8000-00000000c0c3';
    expect(
      errorOf(() => assertContactsOfCustomer([unknown], owners, CUSTOMER, 'input.contactIds')),
    ).toMatchObject({ field: 'input.contactIds.0', message: expect.stringContaining('does not exist') });
  });
});
