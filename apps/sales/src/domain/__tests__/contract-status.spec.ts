import {
  assertOrderable,
  assertRenewable,
  canMoveContract,
  contractMoveChanges,
  CONTRACT_STATUSES,
  IN_FORCE_STATUSES,
  isInForce,
  moveContractByHand,
  moveContractStatus,
  parseTerminationReason,
} from '../contract-status';

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

describe('contract rules for the write path', () => {
  it('keeps termination for terminateContract and stamps signing', () => {
    expect(() => moveContractByHand('SIGNED', 'TERMINATED')).toThrow(/^input\.to: use terminateContract/);
    expect(moveContractByHand('DRAFT', 'SIGNED')).toBe('SIGNED');
    const now = new Date('2026-12-03T10:00:00Z');
    expect(contractMoveChanges('SIGNED', now)).toEqual({ status: 'SIGNED', signedAt: now });
    expect(contractMoveChanges('ACTIVE', now)).toEqual({ status: 'ACTIVE' });
  });

  it('renews and orders only a contract in force', () => {
    expect(IN_FORCE_STATUSES).toEqual(['SIGNED', 'ACTIVE']);
    expect(() => assertRenewable('ACTIVE')).not.toThrow();
    expect(() => assertRenewable('DRAFT')).toThrow(/only a SIGNED or ACTIVE contract can be renewed/);
    expect(() => assertOrderable('EXPIRED', 'input.contractId')).toThrow(/must be SIGNED or ACTIVE/);
  });

  it('ends early only with a reason', () => {
    expect(parseTerminationReason(' Moved away ')).toBe('Moved away');
    expect(() => parseTerminationReason('  ')).toThrow(/^input\.reason: must be 1 to 1000/);
  });
});
