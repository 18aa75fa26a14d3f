import { canMoveContract, CONTRACT_STATUSES, isInForce, moveContractStatus } from '../contract-status';

describe('contract status', () => {
  it.each([
    ['DRAFT', 'NEGOTIATION'],
    ['DRAFT', 'SIGNED'],
    ['NEGOTIATION', 'SIGNED'],
    ['SIGNED', 'ACTIVE'],
    ['SIGNED', 'TERMINATED'],
    ['ACTIVE', 'EXPIRED'],
    ['ACTIVE', 'TERMINATED'],
  ] as const)('moves %s → %s', (from, to) => {
    expect(moveContractStatus(from, to)).toBe(to);
  });

  it.each([
    ['DRAFT', 'ACTIVE'],
    ['NEGOTIATION', 'DRAFT'],
    ['SIGNED', 'NEGOTIATION'],
    ['DRAFT', 'TERMINATED'],
    ['EXPIRED', 'ACTIVE'],
    ['TERMINATED', 'ACTIVE'],
  ] as const)('refuses %s → %s with BAD_USER_INPUT on the field', (from, to) => {
    expect(() => moveContractStatus(from, to, 'input.to')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.to' }),
    );
  });

  it('has final states with no way out', () => {
    for (const to of CONTRACT_STATUSES) {
      expect(canMoveContract('EXPIRED', to)).toBe(false);
      expect(canMoveContract('TERMINATED', to)).toBe(false);
    }
  });

  it('is in force only when signed or active', () => {
    expect(CONTRACT_STATUSES.filter(isInForce)).toEqual(['SIGNED', 'ACTIVE']);
  });
});
