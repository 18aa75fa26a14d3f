import { isInForce, type ContractStatus } from './contract-status';

export interface RenewableContract {
  status: ContractStatus;
  renewalDate: string;
  /** renewalDate less the reminder lead time (contractTerms). */
  renewalReminderOn: string;
  /** The renewal date a reminder already went out for, if any. */
  renewalReminderSentFor: string | null;
}

/**
 * What `contractsDueForRenewal` lists with `withinDays: 0`: a contract in force whose reminder day
 * has come and whose renewal date has not passed.
 */
export function isDueForRenewal(contract: Omit<RenewableContract, 'renewalReminderSentFor'>, today: string) {
  return isInForce(contract.status) && contract.renewalReminderOn <= today && today <= contract.renewalDate;
}

/** The renewal reminder goes out once per renewal date: renewing moves the date and arms it again. */
export function isRenewalReminderToSend(contract: RenewableContract, today: string): boolean {
  return isDueForRenewal(contract, today) && contract.renewalReminderSentFor !== contract.renewalDate;
}
