import { CONTRACT_STATUSES } from '../contract-status';
import { isContractToExpire } from '../contract-expiry';

describe('isContractToExpire', () => {
  const active = { status: 'ACTIVE' as const, endDate: '2030-03-31' };

  it('runs through its end date and expires the day after', () => {
    expect(isContractToExpire(active, '2030-03-30')).toBe(false);
    expect(isContractToExpire(active, '2030-03-31')).toBe(false);
    expect(isContractToExpire(active, '2030-04-01')).toBe(true);
  });

  it('expires only what the state machine lets move to EXPIRED (ACTIVE)', () => {
    const expiring = CONTRACT_STATUSES.filter((status) =>
      isContractToExpire({ status, endDate: '2030-03-31' }, '2031-01-01'),
    );
    expect(expiring).toEqual(['ACTIVE']);
  });
});
