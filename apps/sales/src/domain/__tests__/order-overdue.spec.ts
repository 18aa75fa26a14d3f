import { isOverdueToAnnounce } from '../order-overdue';

const order = { total: '100.00', paidAmount: '40.00', dueDate: '2030-05-02', overdueNotifiedAt: null };

describe('isOverdueToAnnounce', () => {
  it('is on time through the due date, overdue from the day after while a balance remains', () => {
    expect(isOverdueToAnnounce(order, '2030-05-02')).toBe(false);
    expect(isOverdueToAnnounce(order, '2030-05-03')).toBe(true);
    expect(isOverdueToAnnounce({ ...order, paidAmount: '100.00' }, '2030-05-03')).toBe(false);
  });

  it('is announced once per order', () => {
    const announced = { ...order, overdueNotifiedAt: new Date('2030-05-03T00:00:00Z') };
    expect(isOverdueToAnnounce(announced, '2030-06-01')).toBe(false);
  });
});
