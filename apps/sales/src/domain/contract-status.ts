import { badUserInput, refuseNul } from '@crm/errors';

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
export const IN_FORCE_STATUSES: readonly ContractStatus[] = ['SIGNED', 'ACTIVE'];

export function isInForce(status: ContractStatus): boolean {
  return IN_FORCE_STATUSES.includes(status);
}

/** moveContract's checked move: termination has its own mutation, because it needs a reason. */
export function moveContractByHand(
  from: ContractStatus,
  to: ContractStatus,
  field = 'input.to',
): ContractStatus {
  if (to === 'TERMINATED') throw badUserInput(field, 'use terminateContract, which records the reason');
  return moveContractStatus(from, to, field);
}

/** Signing stamps the contract; other moves change only the status. */
export function contractMoveChanges(status: ContractStatus, now: Date) {
  return status === 'SIGNED' ? { status, signedAt: now } : { status };
}

/** Only a contract in force can renew. */
export function assertRenewable(status: ContractStatus, field = 'input.id'): void {
  if (!isInForce(status))
    throw badUserInput(field, `only a SIGNED or ACTIVE contract can be renewed (it is ${status})`);
}

/** An order follows only a contract in force. */
export function assertOrderable(status: ContractStatus, field: string): void {
  if (!isInForce(status))
    throw badUserInput(field, `the contract must be SIGNED or ACTIVE (it is ${status})`);
}

/** Why a contract ends early: required, at most 1000 characters. */
export function parseTerminationReason(reason: string, field = 'input.reason'): string {
  const text = refuseNul(field, reason).trim();
  if (!text || text.length > 1000) throw badUserInput(field, 'must be 1 to 1000 characters');
  return text;
}
