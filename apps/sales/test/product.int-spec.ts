import { randomUUID } from 'node:crypto';
import {
  errorOf,
  ok,
  person,
  sender,
  startPlatform,
  tokenFor,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { customerKnownToSales, openDeal, pricedProduct } from './support/sales-fixtures';

const PRODUCT = `query ($id: ID!) {
  product(id: $id) { id code name description active stockOnHand stockReportedAt version
    prices { amount currency } price(currency: "USD") { amount currency } }
}`;
const PRODUCTS = `query ($first: Int, $after: String, $active: Boolean, $search: String) {
  products(first: $first, after: $after, active: $active, search: $search) {
    edges { node { code } } pageInfo { hasNextPage endCursor }
  }
}`;
const UPDATE = `mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { id name active version } }`;
const REPORT_STOCK = `mutation ($input: ReportStockInput!) { reportStock(input: $input) { stockOnHand stockReportedAt } }`;
const SET_LINES = `mutation ($input: SetOpportunityLineItemsInput!) {
  setOpportunityLineItems(input: $input) {
    opportunity { id amount { amount currency } version }
    lines { position description quantity unitPrice { amount currency } discountPercent lineTotal { amount } product { code } }
    subtotal { amount currency } total { amount currency }
  }
}`;

describe('products, price lists and opportunity line items through the gateway', () => {
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

  it('creates a product with prices per currency, which everyone may read and only admins write', async () => {
    const product = await pricedProduct(admin, { EUR: '199.90', USD: '219' });
    const { product: read } = await ok(
      rep<{ product: Record<string, unknown> }>(PRODUCT, { id: product.id }),
    );
    expect(read).toMatchObject({
      code: product.code,
      active: true,
      stockOnHand: 0,
      version: 1,
      prices: [
        { amount: '199.90', currency: 'EUR' },
        { amount: '219.00', currency: 'USD' },
      ],
      price: { amount: '219.00', currency: 'USD' },
    });
    const denied = await rep(`mutation { createProduct(input: { code: "REP-1", name: "Nope" }) { id } }`);
    expect(errorOf(denied)?.code).toBe('FORBIDDEN');
  });

  it('refuses a duplicate code (case-insensitively), a bad price and an unknown currency on their fields', async () => {
    const product = await pricedProduct(admin, {});
    const duplicate = await admin(
      `mutation ($code: String!) { createProduct(input: { code: $code, name: "Twin" }) { id } }`,
      {
        code: product.code.toLowerCase(),
      },
    );
    expect(errorOf(duplicate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    const price = (unitPrice: string, currency: string) =>
      admin(`mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { id } }`, {
        input: { productId: product.id, currency, unitPrice },
      });
    expect(errorOf(await price('-1', 'EUR'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unitPrice',
    });
    expect(errorOf(await price('1', 'EURO'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.currency',
    });
  });

  it('updates with the version read and refuses a stale version as CONFLICT', async () => {
    const product = await pricedProduct(admin, {});
    const { updateProduct } = await ok(
      admin<{ updateProduct: { version: number } }>(UPDATE, {
        input: { id: product.id, version: 1, name: 'Renamed', active: false },
      }),
    );
    expect(updateProduct).toMatchObject({ name: 'Renamed', active: false, version: 2 });
    const stale = await admin(UPDATE, { input: { id: product.id, version: 1, name: 'Again' } });
    expect(errorOf(stale)?.code).toBe('CONFLICT');
  });

  it('keeps the newest stock count when reports arrive out of order', async () => {
    const product = await pricedProduct(admin, {});
    await ok(
      admin(REPORT_STOCK, { input: { productId: product.id, quantity: 40, asOf: '2026-05-02T10:00:00Z' } }),
    );
    const { reportStock } = await ok(
      admin<{ reportStock: unknown }>(REPORT_STOCK, {
        input: { productId: product.id, quantity: 7, asOf: '2026-05-01T10:00:00Z' },
      }),
    );
    expect(reportStock).toEqual({ stockOnHand: 40, stockReportedAt: '2026-05-02T10:00:00.000Z' });
    const negative = await admin(REPORT_STOCK, { input: { productId: product.id, quantity: -1 } });
    expect(errorOf(negative)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quantity' });
  });

  it('lists products by code, filtered by active and a code or name prefix, page by page', async () => {
    const tag = randomUUID().slice(0, 6).toUpperCase();
    for (const suffix of ['a', 'b', 'c']) {
      await ok(
        admin(`mutation ($code: String!) { createProduct(input: { code: $code, name: "Listed" }) { id } }`, {
          code: `L${tag}-${suffix}`,
        }),
      );
    }
    const codes = async (variables: Record<string, unknown>) =>
      (
        await ok(
          rep<{ products: { edges: { node: { code: string } }[]; pageInfo: { endCursor: string } } }>(
            PRODUCTS,
            variables,
          ),
        )
      ).products;
    const first = await codes({ search: `l${tag.toLowerCase()}`, first: 2 });
    expect(first.edges.map((e) => e.node.code)).toEqual([`L${tag}-A`, `L${tag}-B`]);
    const second = await codes({
      search: `l${tag.toLowerCase()}`,
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((e) => e.node.code)).toEqual([`L${tag}-C`]);
    expect((await codes({ search: `l${tag.toLowerCase()}`, active: false })).edges).toEqual([]);
  });

  it('prices a deal from the price list in its currency, with discounts, and sets its amount to the total', async () => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const deal = await openDeal(rep, customerId, { currency: 'EUR', amount: '1' });
    const unit = await pricedProduct(admin, { EUR: '0.1', USD: '5' });
    const service = await pricedProduct(admin, { EUR: '0.2' }, 'Installation');
    const { setOpportunityLineItems } = await ok(
      rep<{ setOpportunityLineItems: Record<string, unknown> }>(SET_LINES, {
        input: {
          opportunityId: deal.id,
          version: deal.version,
          items: [
            { productId: unit.id, quantity: 1 },
            { productId: service.id, quantity: 1 },
            { productId: unit.id, quantity: 3, unitPrice: '100', discountPercent: '12.5' },
          ],
        },
      }),
    );
    expect(setOpportunityLineItems).toEqual({
      opportunity: { id: deal.id, amount: { amount: '262.80', currency: 'EUR' }, version: deal.version + 1 },
      lines: [
        {
          position: 1,
          description: 'Telematics unit',
          quantity: 1,
          unitPrice: { amount: '0.10', currency: 'EUR' },
          discountPercent: '0',
          lineTotal: { amount: '0.10' },
          product: { code: unit.code },
        },
        {
          position: 2,
          description: 'Installation',
          quantity: 1,
          unitPrice: { amount: '0.20', currency: 'EUR' },
          discountPercent: '0',
          lineTotal: { amount: '0.20' },
          product: { code: service.code },
        },
        {
          position: 3,
          description: 'Telematics unit',
          quantity: 3,
          unitPrice: { amount: '100.00', currency: 'EUR' },
          discountPercent: '12.5',
          lineTotal: { amount: '262.50' },
          product: { code: unit.code },
        },
      ],
      subtotal: { amount: '262.80', currency: 'EUR' },
      total: { amount: '262.80', currency: 'EUR' },
    });
    const { opportunity } = await ok(
      rep<{ opportunity: unknown }>(`query ($id: ID!) { opportunity(id: $id) { lineItems { position } } }`, {
        id: deal.id,
      }),
    );
    expect(opportunity).toEqual({ lineItems: [{ position: 1 }, { position: 2 }, { position: 3 }] });
    const stale = await rep(SET_LINES, {
      input: { opportunityId: deal.id, version: deal.version, items: [] },
    });
    expect(errorOf(stale)?.code).toBe('CONFLICT');
  });

  it('refuses a product without a price in the deal currency on the line, and writes nothing', async () => {
    const customerId = await customerKnownToSales(platform, admin, repCaller.userId);
    const deal = await openDeal(rep, customerId, { currency: 'USD' });
    const euroOnly = await pricedProduct(admin, { EUR: '10' });
    const response = await rep(SET_LINES, {
      input: {
        opportunityId: deal.id,
        version: deal.version,
        items: [{ productId: euroOnly.id, quantity: 1 }],
      },
    });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items.0.unitPrice' });
    const zero = await rep(SET_LINES, {
      input: {
        opportunityId: deal.id,
        version: deal.version,
        items: [{ productId: euroOnly.id, quantity: 0, unitPrice: '1' }],
      },
    });
    expect(errorOf(zero)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items.0.quantity' });
    const rows = await platform.subgraphs.sales.dataSource.query(
      'SELECT count(*)::int AS n FROM opportunity_line_items WHERE opportunity_id = $1',
      [deal.id],
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
