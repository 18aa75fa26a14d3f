import { badUserInput } from '@crm/errors';

/** DRAFT → NEGOTIATION → SIGNED → ACTIVE → EXPIRED, or TERMINATED once signed. */
export const CONTRACT_STATUSES = [
  'DRAFT',
  'NEGOTIATION',
  'SIGNED',
  'ACTIVE',
  'EXPIRED',
  'TERMINATED',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Where each status may go next; signing straight from DRAFT is allowed (no negotiation needed). */
const NEXT: Record<ContractStatus, readonly ContractStatus[]> = {
  DRAFT: ['NEGOTIATION', 'SIGNED'],
  NEGOTIATION: ['SIGNED'],
  SIGNED: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['EXPIRED', 'TERMINATED'],
  EXPIRED: [],
  TERMINATED: [],
};

export function canMoveContract(from: ContractStatus, to: ContractStatus): boolean {
  return NEXT[from].includes(to);
}

/** The checked move, or BAD_USER_INPUT on `field` naming the moves that are possible. */
export function moveContractStatus(from: ContractStatus, to: ContractStatus, field = 'to'): ContractStatus {
  if (!canMoveContract(from, to)) {
    const options = NEXT[from].length ? NEXT[from].join(' or ') : 'nothing (it is final)';
    throw badUserInput(field, `a ${from} contract cannot move to ${to}; it may move to ${options}`);
  }
  return to;
}

/** Signed contracts are binding: only they can renew, place orders or be terminated. */
export function isInForce(status: ContractStatus): boolean {
  return status === 'SIGNED' || status === 'ACTIVE';
}
