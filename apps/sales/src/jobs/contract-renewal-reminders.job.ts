import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import type { RecurringJob } from '@crm/scheduler';
import { runChange, scopeOfJob, type ChangeScope } from '@crm/subgraph-kit';
import { Contract } from '../data/contract.entity';
import { contractsToRemindOfRenewal } from '../data/due-work.repository';
import { isRenewalReminderToSend } from '../domain/contract-renewal-reminder';
import { todayInUtc } from '../domain/contract-terms';
import { contractRenewalDue } from '../events/contract-renewal-due.event';
import { sweep } from './sweep';

export const CONTRACT_RENEWAL_REMINDERS_JOB = 'sales.contract-renewal-reminders';

/**
 * Publishes `contract.renewal_due` once per renewal date. Like an activity reminder, the mark
 * leaves the contract's version alone: nobody's edit should fail because a reminder went out.
 */
export function remindOfRenewal(scope: ChangeScope, id: string, now: Date): Promise<boolean> {
  return runChange(scope, async (change) => {
    const contract = await change.lock(Contract, id);
    if (!isRenewalReminderToSend(contract, todayInUtc(now))) return false;
    await change.manager.update(
      Contract,
      { id },
      { renewalReminderSentAt: now, renewalReminderSentFor: contract.renewalDate },
    );
    change.publish(contractRenewalDue(contract, now, change.origin));
    return true;
  });
}

export const contractRenewalRemindersJob = (dataSource: DataSource, cron: string): RecurringJob => ({
  name: CONTRACT_RENEWAL_REMINDERS_JOB,
  cron,
  run: async ({ now, jobId }) => {
    const scope = scopeOfJob('sales', dataSource, systemOrigin(jobId));
    await sweep(
      () => contractsToRemindOfRenewal(dataSource, todayInUtc(now)),
      (id) => remindOfRenewal(scope, id, now),
    );
  },
});
