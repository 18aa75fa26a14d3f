import { CrmError } from '@crm/errors';
import { assertQueueExists, assertTakesTickets } from '../ticket-references';

const ID = '0194c1d0-0000-7000-8000-0000000000c1';
const SURVIVOR = '0194c1d0-0000-7000-8000-0000000000c2';
const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    return error as CrmError;
  }
  throw new Error('expected a refusal');
};

describe('ticket references', () => {
  it('takes tickets for a known customer', () => {
    expect(() =>
      assertTakesTickets({ id: ID, mergedIntoId: null, erasedAt: null }, ID, 'input.customerId'),
    ).not.toThrow();
  });

  it('refuses a customer never heard of with NOT_FOUND on the field', () => {
    expect(refusal(() => assertTakesTickets(null, ID, 'input.customerId'))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.customerId',
    });
  });

  it('sends a merged customer’s ticket to the survivor', () => {
    const error = refusal(() =>
      assertTakesTickets({ id: ID, mergedIntoId: SURVIVOR, erasedAt: null }, ID, 'input.customerId'),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
    expect(error.message).toContain(`merged into ${SURVIVOR}; open the ticket there`);
  });

  it('refuses an erased customer with CONFLICT', () => {
    const erasedAt = new Date('2026-06-01T00:00:00.000Z');
    expect(
      refusal(() => assertTakesTickets({ id: ID, mergedIntoId: null, erasedAt }, ID, 'input.customerId')),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2026-06-01T00:00:00.000Z') });
  });

  it('refuses a queue that is no known team with NOT_FOUND on the field', () => {
    expect(refusal(() => assertQueueExists(null, ID, 'input.queueId'))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.queueId',
    });
    expect(() => assertQueueExists({ id: ID }, ID, 'input.queueId')).not.toThrow();
  });
});
