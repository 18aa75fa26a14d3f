import { topicOf } from '@crm/events';
import {
  errorOf,
  EventProbe,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { customerKnownToSales, dataOf, openDeal, typeOf, winDeal } from './support/sales-fixtures';

const CONTRACT_FIELDS = `id status version value { amount currency } startDate endDate renewalDate renewalReminderDays
  renewalReminderOn terminationReason signedAt customer { id } opportunity { id } quote { id }`;
const CREATE = `mutation ($input: CreateContractInput!) { createContract(input: $input) { ${CONTRACT_FIELDS} } }`;
const MOVE = `mutation ($input: MoveContractInput!) { moveContract(input: $input) { id status version signedAt } }`;
const RENEW = `mutation ($input: RenewContractInput!) { renewContract(input: $input) { id status version endDate renewalDate renewalReminderOn value { amount } } }`;
const TERMINATE = `mutation ($input: TerminateContractInput!) { terminateContract(input: $input) { id status version terminationReason } }`;
const DUE = `query ($withinDays: Int) { contractsDueForRenewal(withinDays: $withinDays, first: 200) { edges { node { id } } } }`;

interface ContractView {
  id: string;
  status: string;
  version: number;
}

const isoDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('contracts through the gateway', () => {
  let platform: TestPlatform;
  let admin: Send;
  let rep: Send;
  const repCaller = person(['SALES_REP']);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    rep = sender(platform.gatewayUrl, await tokenFor(repCaller));
  });
  afterAll(() => platform?.stop());

  async function move(id: string, version: number, to: string) {
    return (await ok(rep<{ moveContract: ContractView }>(MOVE, { input: { id, version, to } }))).moveContract;
  }

  it('runs a contract from an accepted quote through negotiation, signing, renewal and termination, on Kafka', async () => {
    const probe = await EventProbe.start([topicOf('crm.sales.contract.signed')]);
    try {
      const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
      const { createQuote } = await ok(
        rep<{ createQuote: { id: string } }>(
          `mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`,
          {
            input: {
              customerId,
              currency: 'EUR',
              validUntil: '2999-12-31',
              lines: [{ description: 'Annual licence', quantity: 12, unitPrice: '100' }],
            },
          },
        ),
      );
      for (const [mutation, version] of [
        ['issueQuote', 1],
        ['acceptQuote', 2],
      ] as const)
        await ok(
          rep(`mutation ($input: QuoteDecisionInput!) { ${mutation}(input: $input) { id } }`, {
            input: { id: createQuote.id, version },
          }),
        );

      const { createContract } = await ok(
        rep<{ createContract: ContractView }>(CREATE, {
          input: {
            quoteId: createQuote.id,
            startDate: '2026-01-01',
            endDate: '2026-12-31',
            renewalReminderDays: 45,
          },
        }),
      );
      expect(createContract).toMatchObject({
        status: 'DRAFT',
        value: { amount: '1200.00', currency: 'EUR' },
        renewalDate: '2026-12-31',
        renewalReminderDays: 45,
        renewalReminderOn: '2026-11-16',
        customer: { id: customerId },
        quote: { id: createQuote.id },
        signedAt: null,
      });
      const illegal = await rep(MOVE, { input: { id: createContract.id, version: 1, to: 'ACTIVE' } });
      expect(errorOf(illegal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });

      const negotiating = await move(createContract.id, 1, 'NEGOTIATION');
      const signed = await move(createContract.id, negotiating.version, 'SIGNED');
      expect(signed).toMatchObject({ status: 'SIGNED', version: 3, signedAt: expect.any(String) });
      const active = await move(createContract.id, signed.version, 'ACTIVE');

      const early = await rep(RENEW, {
        input: { id: createContract.id, version: active.version, newEndDate: '2026-06-30' },
      });
      expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newEndDate' });
      const { renewContract } = await ok(
        rep<{ renewContract: ContractView }>(RENEW, {
          input: {
            id: createContract.id,
            version: active.version,
            newEndDate: '2027-12-31',
            value: '1320.50',
          },
        }),
      );
      expect(renewContract).toMatchObject({
        status: 'ACTIVE',
        endDate: '2027-12-31',
        renewalDate: '2027-12-31',
        renewalReminderOn: '2027-11-16',
        value: { amount: '1320.50' },
      });
      const { terminateContract } = await ok(
        rep<{ terminateContract: ContractView }>(TERMINATE, {
          input: {
            id: createContract.id,
            version: renewContract.version,
            reason: 'Customer moved to a competitor',
          },
        }),
      );
      expect(terminateContract).toMatchObject({
        status: 'TERMINATED',
        terminationReason: 'Customer moved to a competitor',
      });
      const afterEnd = await rep(MOVE, {
        input: { id: createContract.id, version: terminateContract.version, to: 'ACTIVE' },
      });
      expect(errorOf(afterEnd)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
      const stale = await rep(MOVE, { input: { id: createContract.id, version: 1, to: 'EXPIRED' } });
      expect(errorOf(stale)?.code).toBe('CONFLICT');

      const events = await waitFor(() => {
        const mine = probe.messages.filter((m) => m.key === createContract.id);
        if (mine.length < 3) throw new Error('contract events not on Kafka yet');
        return mine;
      });
      expect(events.map(typeOf)).toEqual([
        'crm.sales.contract.signed',
        'crm.sales.contract.renewed',
        'crm.sales.contract.terminated',
      ]);
      expect(dataOf(events[0])).toMatchObject({
        contractId: createContract.id,
        customerId,
        quoteId: createQuote.id,
        ownerId: repCaller.userId,
        value: '1200.00',
        currency: 'EUR',
        endDate: '2026-12-31',
      });
      expect(dataOf(events[1])).toMatchObject({
        previousEndDate: '2026-12-31',
        endDate: '2027-12-31',
        value: '1320.50',
      });
      expect(dataOf(events[2])).toMatchObject({ reason: 'Customer moved to a competitor' });
    } finally {
      await probe.stop();
    }
  });

  it('makes a contract from a won deal, refuses an open one, and needs value and currency without a source', async () => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const deal = await openDeal(rep, customerId, { amount: '5000', currency: 'USD' });
    const open = await rep(CREATE, {
      input: { opportunityId: deal.id, startDate: '2026-01-01', endDate: '2026-12-31' },
    });
    expect(errorOf(open)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.opportunityId' });
    await winDeal(rep, deal);
    const { createContract } = await ok(
      rep<{ createContract: Record<string, unknown> }>(CREATE, {
        input: { opportunityId: deal.id, startDate: '2026-01-01', endDate: '2026-12-31' },
      }),
    );
    expect(createContract).toMatchObject({
      value: { amount: '5000.00', currency: 'USD' },
      opportunity: { id: deal.id },
    });

    const base = { customerId, startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(errorOf(await rep(CREATE, { input: { ...base, value: '10' } }))).toMatchObject({
      field: 'input.currency',
    });
    expect(errorOf(await rep(CREATE, { input: { ...base, currency: 'EUR' } }))).toMatchObject({
      field: 'input.value',
    });
    expect(errorOf(await rep(CREATE, { input: { ...base, currency: 'EUR', value: '-1' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.value',
    });
    expect(
      errorOf(await rep(CREATE, { input: { ...base, endDate: '2025-12-31', currency: 'EUR', value: '1' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endDate',
    });
  });

  it('lists signed and active contracts whose renewal reminder falls within the window', async () => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const create = async (renewalInDays: number) => {
      const { createContract } = await ok(
        rep<{ createContract: ContractView }>(CREATE, {
          input: {
            customerId,
            value: '100',
            currency: 'EUR',
            startDate: isoDate(-300),
            endDate: isoDate(renewalInDays),
            renewalReminderDays: 10,
          },
        }),
      );
      return createContract;
    };
    const soon = await create(20);
    await move(soon.id, 1, 'SIGNED');
    const later = await create(200);
    await move(later.id, 1, 'SIGNED');
    const draft = await create(15);
    const due = async (withinDays: number) =>
      (
        await ok(rep<{ contractsDueForRenewal: { edges: { node: { id: string } }[] } }>(DUE, { withinDays }))
      ).contractsDueForRenewal.edges.map((e) => e.node.id);
    const within30 = await due(30);
    expect(within30).toContain(soon.id);
    expect(within30).not.toContain(later.id);
    expect(within30).not.toContain(draft.id);
    expect(await due(5)).not.toContain(soon.id);
  });
});
