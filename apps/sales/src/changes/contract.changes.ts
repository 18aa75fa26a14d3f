import type { EntityManager } from 'typeorm';
import { newId } from '@crm/db';
import { notFound } from '@crm/errors';
import { assertRecordAccess } from '@crm/permissions';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { Contract } from '../data/contract.entity';
import { dealOf, knownCustomer } from '../data/document-parties';
import { Quote } from '../data/quote.entity';
import {
  assertRenewable,
  contractMoveChanges,
  moveContractByHand,
  moveContractStatus,
  type ContractStatus,
} from '../domain/contract-status';
import { renewedTerms, todayInUtc, type ContractTerms } from '../domain/contract-terms';
import { assertDealWon, assertQuoteAccepted, contractMoney } from '../domain/document-sources';
import { effectiveQuoteStatus } from '../domain/quote-status';
import { contractRenewed } from '../events/contract-renewed.event';
import { contractSigned } from '../events/contract-signed.event';
import { contractTerminated } from '../events/contract-terminated.event';

/** What a contract follows: an accepted quote, a won deal, or just a customer (ids parsed). */
export type ContractBasis = { quoteId: string } | { opportunityId: string } | { customerId: string };

export interface NewContract {
  basis: ContractBasis;
  terms: ContractTerms;
  value: string | null;
  currency: string | null;
}

interface ContractSource {
  customerId: string;
  opportunityId: string | null;
  quoteId: string | null;
  ownerId: string | null;
  value: string | null;
  currency: string | null;
}

async function contractSource(manager: EntityManager, basis: ContractBasis): Promise<ContractSource> {
  if ('quoteId' in basis) {
    const quote = await manager.findOne(Quote, {
      where: { id: basis.quoteId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!quote) throw notFoundQuote(basis.quoteId);
    assertQuoteAccepted(effectiveQuoteStatus(quote.status, quote.validUntil, todayInUtc()), 'input.quoteId');
    return { ...quote, quoteId: quote.id, value: quote.total };
  }
  if ('opportunityId' in basis) {
    const deal = await dealOf(manager, basis.opportunityId, 'input.opportunityId');
    assertDealWon(deal.stage, 'input.opportunityId');
    return { ...deal, opportunityId: deal.id, quoteId: null, value: deal.amount };
  }
  const customer = await knownCustomer(manager, basis.customerId, 'input.customerId');
  return {
    customerId: customer.id,
    opportunityId: null,
    quoteId: null,
    ownerId: customer.ownerId,
    value: null,
    currency: null,
  };
}

const notFoundQuote = (id: string) => notFound('Quote', id, 'input.quoteId');

export function createContract(scope: ChangeScope, input: NewContract): Promise<Contract> {
  return runChange(scope, async (change) => {
    const source = await contractSource(change.manager, input.basis);
    assertRecordAccess(change.caller, 'order:write', source.ownerId, `the customer's or deal's documents`);
    const money = contractMoney(source, input);
    const now = new Date();
    const contract = Object.assign(new Contract(), {
      ...input.terms,
      ...money,
      id: newId(),
      customerId: source.customerId,
      opportunityId: source.opportunityId,
      quoteId: source.quoteId,
      ownerId: source.ownerId,
      status: 'DRAFT',
      terminationReason: null,
      signedAt: null,
      terminatedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    return change.insert(Contract, contract, { action: 'createContract' });
  });
}

export interface ContractVersion {
  id: string;
  version: number;
}

async function lockedContract(change: Change, { id, version }: ContractVersion): Promise<Contract> {
  const contract = await change.lock(Contract, id, { version, field: 'input.id' });
  assertRecordAccess(change.caller, 'order:write', contract.ownerId, `contract ${id}`);
  return contract;
}

/** Negotiate, sign, activate or expire; signing publishes contract.signed. */
export function moveContract(scope: ChangeScope, input: ContractVersion & { to: ContractStatus }) {
  return runChange(scope, async (change) => {
    const before = await lockedContract(change, input);
    const status = moveContractByHand(before.status, input.to);
    const after = await change.update<Contract>(Contract, before, contractMoveChanges(status, new Date()), {
      action: 'moveContract',
    });
    if (status === 'SIGNED') change.publish(contractSigned(after, change.origin));
    return after;
  });
}

export interface ContractRenewal extends ContractVersion {
  newEndDate: string;
  renewalDate?: string | null;
  value: string | null;
}

/** Extends a contract in force to a later end date; the reminder keeps its lead time. */
export function renewContract(scope: ChangeScope, input: ContractRenewal) {
  return runChange(scope, async (change) => {
    const before = await lockedContract(change, input);
    assertRenewable(before.status);
    const terms = renewedTerms(before, input);
    const changes = { ...terms, value: input.value ?? before.value };
    const after = await change.update<Contract>(Contract, before, changes, { action: 'renewContract' });
    change.publish(contractRenewed(after, before.endDate, after.updatedAt, change.origin));
    return after;
  });
}

/** Ends a signed or active contract early, with the reason. */
export function terminateContract(scope: ChangeScope, input: ContractVersion & { reason: string }) {
  return runChange(scope, async (change) => {
    const before = await lockedContract(change, input);
    const status = moveContractStatus(before.status, 'TERMINATED', 'input.id');
    const changes = { status, terminationReason: input.reason, terminatedAt: new Date() };
    const after = await change.update<Contract>(Contract, before, changes, { action: 'terminateContract' });
    change.publish(contractTerminated(after, change.origin));
    return after;
  });
}
