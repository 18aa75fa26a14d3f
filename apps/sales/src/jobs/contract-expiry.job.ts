import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { runChange, scopeOfJob, type ChangeScope } from '@crm/subgraph-kit';
import { Contract } from '../data/contract.entity';
import { contractsToExpire } from '../data/due-work.repository';
import { isContractToExpire } from '../domain/contract-expiry';
import { moveContractStatus } from '../domain/contract-status';
import { todayInUtc } from '../domain/contract-terms';
import { contractExpired } from '../events/contract-expired.event';
import { sweep } from './sweep';

export const CONTRACT_EXPIRY_JOB = 'sales.contract-expiry';

/** Moves an active contract past its end date to EXPIRED and publishes `contract.expired`. */
export function expireContract(scope: ChangeScope, id: string, now: Date): Promise<boolean> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Contract, id);
    if (!isContractToExpire(before, todayInUtc(now))) return false;
    const status = moveContractStatus(before.status, 'EXPIRED');
    const after = await change.update(Contract, before, { status }, { action: 'expireContract' });
    change.publish(contractExpired(after, now, change.origin));
    return true;
  });
}

export const contractExpiryJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: CONTRACT_EXPIRY_JOB,
  cron,
  run: async ({ now, jobId }) => {
    const scope = scopeOfJob('sales', dataSource, systemOrigin(jobId));
    await sweep(
      () => contractsToExpire(dataSource, todayInUtc(now)),
      (id) => expireContract(scope, id, now),
    );
  },
});
