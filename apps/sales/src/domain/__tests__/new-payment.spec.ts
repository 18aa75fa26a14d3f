import { CrmError } from '@crm/errors';
import { parseNewPayment } from '../new-payment';

const now = new Date('2026-12-03T10:00:00Z');
const valid = { orderId: 'o1', amount: '10.50', currency: 'EUR', receivedAt: now };

describe('a new payment', () => {
  it('keeps a trimmed reference, or none', () => {
    expect(parseNewPayment({ ...valid, reference: ' INV-7 ' }, now)).toMatchObject({
      amount: '10.5',
      reference: 'INV-7',
    });
    expect(parseNewPayment({ ...valid, reference: '  ' }, now).reference).toBeNull();
  });

  it('reports every invalid field at once', () => {
    try {
      parseNewPayment(
        {
          ...valid,
          amount: 'ten',
          currency: 'euro',
          receivedAt: new Date(now.getTime() + 3_600_000),
          reference: 'x'.repeat(201),
        },
        now,
      );
      throw new Error('expected BAD_USER_INPUT');
    } catch (error) {
      expect((error as CrmError).problems.map((problem) => problem.field)).toEqual([
        'input.amount',
        'input.currency',
        'input.reference',
        'input.receivedAt',
      ]);
    }
  });
});
