import { canMoveContract, type ContractStatus } from './contract-status';

export interface ExpiringContract {
  status: ContractStatus;
  /** The last calendar day (UTC) the contract runs. */
  endDate: string;
}

/**
 * An active contract runs through its end date and expires the day after. Only the moves the
 * contract state machine allows happen: ACTIVE → EXPIRED (a SIGNED contract that never started, or
 * a terminated one, stays as it is).
 */
export function isContractToExpire(contract: ExpiringContract, today: string): boolean {
  return contract.endDate < today && canMoveContract(contract.status, 'EXPIRED');
}
