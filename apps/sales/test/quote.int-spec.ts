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
import { customerKnownToSales, dataOf, openDeal, pricedProduct, typeOf } from './support/sales-fixtures';

const QUOTE_FIELDS = `id status version validUntil discountPercent issuedAt decidedAt
  customer { id } opportunity { id }
  lines { position description quantity unitPrice { amount } discountPercent lineTotal { amount } }
  subtotal { amount currency } discountTotal { amount } total { amount currency }`;
const CREATE_QUOTE = `mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { ${QUOTE_FIELDS} } }`;
const ISSUE = `mutation ($input: QuoteDecisionInput!) { issueQuote(input: $input) { id status version issuedAt } }`;
const ACCEPT = `mutation ($input: QuoteDecisionInput!) { acceptQuote(input: $input) { id status version decidedAt } }`;
const REJECT = `mutation ($input: QuoteDecisionInput!) { rejectQuote(input: $input) { id status version } }`;

interface QuoteView {
  id: string;
  status: string;
  version: number;
}

describe('quotes through the gateway', () => {
  let platform: TestPlatform;
  let admin: Send;
  let rep: Send;
  let otherRep: Send;
  const repCaller = person(['SALES_REP']);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = sender(platform.gatewayUrl, await tokenFor(person(['ADMIN'])));
    rep = sender(platform.gatewayUrl, await tokenFor(repCaller));
    otherRep = sender(platform.gatewayUrl, await tokenFor(person(['SALES_REP'])));
  });
  afterAll(() => platform?.stop());

  it('quotes a deal from its line items with a quote discount, then issues and accepts it, on Kafka', async () => {
    const probe = await EventProbe.start([topicOf('crm.sales.quote.issued')]);
    try {
      const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
      const deal = await openDeal(rep, customerId);
      const product = await pricedProduct(admin, { EUR: '49.99' });
      await ok(
        rep(
          `mutation ($input: SetOpportunityLineItemsInput!) { setOpportunityLineItems(input: $input) { total { amount } } }`,
          {
            input: {
              opportunityId: deal.id,
              version: deal.version,
              items: [{ productId: product.id, quantity: 3, discountPercent: '10' }],
            },
          },
        ),
      );
      const { createQuote } = await ok(
        rep<{ createQuote: QuoteView }>(CREATE_QUOTE, {
          input: { opportunityId: deal.id, discountPercent: '5', validUntil: '2999-12-31' },
        }),
      );
      // 3 × 49.99 = 149.97, less 10 % = 134.973 → 134.97; 5 % of it = 6.7485 → 6.75 (half-even).
      expect(createQuote).toMatchObject({
        status: 'DRAFT',
        version: 1,
        customer: { id: customerId },
        opportunity: { id: deal.id },
        discountPercent: '5',
        lines: [
          {
            position: 1,
            quantity: 3,
            unitPrice: { amount: '49.99' },
            discountPercent: '10',
            lineTotal: { amount: '134.97' },
          },
        ],
        subtotal: { amount: '134.97', currency: 'EUR' },
        discountTotal: { amount: '6.75' },
        total: { amount: '128.22', currency: 'EUR' },
      });
      const early = await rep(ACCEPT, { input: { id: createQuote.id, version: 1 } });
      expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });

      const { issueQuote } = await ok(
        rep<{ issueQuote: QuoteView }>(ISSUE, { input: { id: createQuote.id, version: 1 } }),
      );
      expect(issueQuote).toMatchObject({ status: 'ISSUED', version: 2 });
      const { acceptQuote } = await ok(
        rep<{ acceptQuote: QuoteView }>(ACCEPT, { input: { id: createQuote.id, version: 2 } }),
      );
      expect(acceptQuote).toMatchObject({ status: 'ACCEPTED', version: 3 });
      const again = await rep(REJECT, { input: { id: createQuote.id, version: 3 } });
      expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });

      const events = await waitFor(() => {
        const mine = probe.messages.filter((m) => m.key === createQuote.id);
        if (mine.length < 2) throw new Error('quote events not on Kafka yet');
        return mine;
      });
      expect(events.map(typeOf)).toEqual(['crm.sales.quote.issued', 'crm.sales.quote.accepted']);
      expect(dataOf(events[0])).toMatchObject({
        quoteId: createQuote.id,
        customerId,
        opportunityId: deal.id,
        ownerId: repCaller.userId,
        total: '128.22',
        currency: 'EUR',
        validUntil: '2999-12-31',
      });
      expect(dataOf(events[1])).toMatchObject({ quoteId: createQuote.id, total: '128.22' });
    } finally {
      await probe.stop();
    }
  });

  it('quotes a customer directly with free-text lines: 0.1 + 0.2 is exactly 0.3', async () => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const { createQuote } = await ok(
      rep<{ createQuote: Record<string, unknown> }>(CREATE_QUOTE, {
        input: {
          customerId,
          currency: 'EUR',
          validUntil: '2999-12-31',
          lines: [
            { description: 'Setup', quantity: 1, unitPrice: '0.1' },
            { description: 'Training', quantity: 1, unitPrice: '0.2' },
          ],
        },
      }),
    );
    expect(createQuote).toMatchObject({
      opportunity: null,
      subtotal: { amount: '0.30' },
      total: { amount: '0.30' },
    });
  });

  it.each([
    [{ validUntil: '2020-01-01' }, 'input.validUntil'],
    [{ currency: 'XYZ' }, 'input.currency'],
    [{ discountPercent: '101' }, 'input.discountPercent'],
    [{ lines: [{ description: 'x', quantity: 1, unitPrice: '-5' }] }, 'input.lines.0.unitPrice'],
    [{ lines: [{ quantity: 1, unitPrice: '5' }] }, 'input.lines.0.description'],
    [{ lines: [] }, 'input.lines'],
  ])('refuses %j on %s and writes nothing', async (change, field) => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const response = await rep(CREATE_QUOTE, {
      input: {
        customerId,
        currency: 'EUR',
        validUntil: '2999-12-31',
        lines: [{ description: 'Fine', quantity: 1, unitPrice: '1' }],
        ...change,
      },
    });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const rows = await platform.subgraphs.sales.dataSource.query(
      'SELECT count(*)::int AS n FROM quotes WHERE customer_id = $1',
      [customerId],
    );
    expect(rows).toEqual([{ n: 0 }]);
  });

  it("keeps another rep's quote out of reach", async () => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const { createQuote } = await ok(
      rep<{ createQuote: QuoteView }>(CREATE_QUOTE, {
        input: {
          customerId,
          currency: 'EUR',
          validUntil: '2999-12-31',
          lines: [{ description: 'A', quantity: 1, unitPrice: '1' }],
        },
      }),
    );
    const read = await otherRep(`query ($id: ID!) { quote(id: $id) { id } }`, { id: createQuote.id });
    expect(errorOf(read)?.code).toBe('FORBIDDEN');
    const issue = await otherRep(ISSUE, { input: { id: createQuote.id, version: 1 } });
    expect(errorOf(issue)?.code).toBe('FORBIDDEN');
  });
});
