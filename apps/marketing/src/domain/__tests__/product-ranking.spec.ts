import { ALL_CUSTOMERS, popularityGroupOf } from '../popularity-group';
import { orderedProducts } from '../ordered-products';
import {
  parseRecommendationCount,
  rankProducts,
  type PopularCandidate,
  type RuleCandidate,
} from '../product-ranking';

const at = new Date('2026-12-01T03:00:00.000Z');
const rule = (antecedent: string, consequent: string, confidence: number, lift = 2): RuleCandidate => ({
  antecedentProductId: antecedent,
  consequentProductId: consequent,
  support: 0.1,
  confidence,
  lift,
  computedAt: at,
});
const popular = (productId: string, group = 'tier A', share = 0.3): PopularCandidate => ({
  productId,
  group,
  share,
  computedAt: at,
});

describe('next best products of a customer', () => {
  it('leaves out what the customer owns, from rules and from popularity alike', () => {
    const ranked = rankProducts(
      ['laptop', 'mouse'],
      [rule('laptop', 'mouse', 0.9), rule('laptop', 'dock', 0.6)],
      [popular('laptop'), popular('mouse'), popular('bag')],
      5,
    );
    expect(ranked.map((r) => r.productId)).toEqual(['dock', 'bag']);
  });

  it('says which rule chose each product: the strongest from an owned product', () => {
    const [dock] = rankProducts(
      ['laptop', 'monitor'],
      [rule('laptop', 'dock', 0.4, 3), rule('monitor', 'dock', 0.7, 1.8), rule('phone', 'dock', 0.95)],
      [],
      5,
    );
    expect(dock).toEqual({
      productId: 'dock',
      score: 0.7,
      reason: {
        kind: 'CO_PURCHASE',
        basedOnProductId: 'monitor',
        support: 0.1,
        confidence: 0.7,
        lift: 1.8,
        computedAt: at,
      },
    });
  });

  it('ranks rules by confidence, then lift, then fills up from the group before all customers', () => {
    const ranked = rankProducts(
      ['laptop'],
      [rule('laptop', 'bag', 0.3, 4), rule('laptop', 'dock', 0.5), rule('laptop', 'stand', 0.3, 5)],
      [popular('bag'), popular('pen', 'tier A', 0.6), popular('ink', ALL_CUSTOMERS, 0.2)],
      5,
    );
    expect(ranked.map((r) => [r.productId, r.reason.kind, r.score])).toEqual([
      ['dock', 'CO_PURCHASE', 0.5],
      ['stand', 'CO_PURCHASE', 0.3],
      ['bag', 'CO_PURCHASE', 0.3],
      ['pen', 'POPULAR_IN_GROUP', 0.6],
      ['ink', 'POPULAR_IN_GROUP', 0.2],
    ]);
    expect(ranked[3].reason).toEqual({ kind: 'POPULAR_IN_GROUP', group: 'tier A', computedAt: at });
  });

  it('stops at `first`, and a product popular in two groups is offered once', () => {
    const ranked = rankProducts([], [], [popular('pen'), popular('pen', ALL_CUSTOMERS), popular('ink')], 2);
    expect(ranked.map((r) => r.productId)).toEqual(['pen', 'ink']);
    expect(
      rankProducts([], [rule('laptop', 'dock', 0.5)], [popular('pen')], 1).map((r) => r.productId),
    ).toEqual(['pen']);
  });

  it.each([0, 51, 2.5, -1])('refuses first = %s with BAD_USER_INPUT on first', (first) => {
    let thrown: unknown;
    try {
      parseRecommendationCount(first);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('popularity group', () => {
  it('is made of what is known of tier, industry and region', () => {
    expect(popularityGroupOf({ tier: 'A', industry: 'RETAIL', region: 'EMEA' })).toBe(
      'tier A · RETAIL · EMEA',
    );
    expect(popularityGroupOf({ tier: null, industry: 'RETAIL', region: null })).toBe('RETAIL');
    expect(popularityGroupOf({ tier: null, industry: null, region: null })).toBeNull();
  });
});

describe('products of an order', () => {
  it('sums lines of one product, and skips lines that name no product', () => {
    const line = (productId: string | null, quantity: number) => ({
      productId,
      quantity,
      unitPrice: '1',
      amount: '1',
    });
    expect(orderedProducts([line('pen', 2), line(null, 1), line('ink', 1), line('pen', 3)])).toEqual([
      { productId: 'pen', quantity: 5 },
      { productId: 'ink', quantity: 1 },
    ]);
    expect(orderedProducts(undefined)).toEqual([]);
  });
});
