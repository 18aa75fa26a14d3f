import { applyPayment, isOverdue, outstandingBalance } from '../order-balance';

const order = { total: '0.3', paidAmount: '0', currency: 'EUR' };

describe('order balance', () => {
  it('takes partial payments exactly: 0.1 then 0.2 pays 0.3 in full', () => {
    const first = applyPayment(order, '0.1', 'EUR');
    expect(first).toEqual({ paidAmount: '0.1', outstandingBalance: '0.2', status: 'PARTIALLY_PAID' });
    const second = applyPayment({ ...order, paidAmount: first.paidAmount }, '0.2', 'EUR');
    expect(second).toEqual({ paidAmount: '0.3', outstandingBalance: '0', status: 'PAID' });
  });

  it.each([
    ['0.3001', 'EUR', 'input.amount'],
    ['0', 'EUR', 'input.amount'],
    ['0.1', 'USD', 'input.currency'],
  ])('refuses %s %s on %s', (amount, currency, field) => {
    expect(() => applyPayment(order, amount, currency)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    );
  });

  it('is overdue after the due date while money is owed', () => {
    const due = { ...order, dueDate: '2026-06-14' };
    expect(isOverdue(due, '2026-06-15')).toBe(true);
    expect(isOverdue(due, '2026-06-14')).toBe(false);
    expect(isOverdue({ ...due, paidAmount: '0.3' }, '2026-06-15')).toBe(false);
    expect(outstandingBalance({ total: '10', paidAmount: '2.5' })).toBe('7.5');
  });
});
