import { guard, guardReference } from '../guard';
import { findUnguardedResolvers } from '../unguarded-resolvers';

const SDL = `
  type Deal @key(fields: "id") { id: ID! name: String! customer: Customer! }
  type Customer @key(fields: "id") { id: ID! deals: [Deal!] score: Int }
  type User @key(fields: "id", resolvable: false) { id: ID! }
  type Money { amount: String! }
  type Query { deal(id: ID!): Deal deals: [Deal!]! }
  type Mutation { createDeal(name: String!): Deal! }
`;
const OWNERS = { Deal: 'sales', Customer: 'customer', User: 'identity' };
const ok = guard('opportunity:read', () => null);
const okReference = guardReference('opportunity:read', () => null);
const plain = () => null;

describe('findUnguardedResolvers', () => {
  it('finds nothing when every reachable resolver is guarded', () => {
    const resolvers = [
      { Query: { deal: ok, deals: ok }, Mutation: { createDeal: ok } },
      { Deal: { __resolveReference: okReference, name: plain }, Customer: { deals: ok, score: ok } },
      { Money: { amount: plain } },
    ];
    expect(findUnguardedResolvers({ name: 'sales', typeDefs: SDL, resolvers }, OWNERS)).toEqual([]);
  });

  it('names each unguarded root field, reference resolver and contributed field', () => {
    const resolvers = [
      { Query: { deal: plain }, Mutation: { createDeal: ok } },
      { Deal: { __resolveReference: plain }, Customer: { deals: plain, score: ok } },
    ];
    expect(findUnguardedResolvers({ name: 'sales', typeDefs: SDL, resolvers }, OWNERS)).toEqual([
      'sales: Deal.__resolveReference',
      'sales: Customer.deals',
      'sales: Query.deal',
      'sales: Query.deals',
    ]);
  });

  it('requires a guarded reference resolver for an owned entity', () => {
    const resolvers = [
      { Query: { deal: ok, deals: ok }, Mutation: { createDeal: ok }, Customer: { deals: ok, score: ok } },
    ];
    expect(findUnguardedResolvers({ name: 'sales', typeDefs: SDL, resolvers }, OWNERS)).toEqual([
      'sales: Deal.__resolveReference',
    ]);
  });

  it('reports an entity nobody declared the owner of', () => {
    const resolvers = [
      { Query: { deal: ok, deals: ok }, Mutation: { createDeal: ok }, Customer: { deals: ok, score: ok } },
    ];
    expect(
      findUnguardedResolvers(
        { name: 'sales', typeDefs: SDL, resolvers },
        { Customer: 'customer', User: 'identity' },
      ),
    ).toEqual(['sales: Deal is an entity (@key) with no declared owner']);
  });

  it('reads type extensions and merges resolver maps type by type', () => {
    const sdl = `extend type Query { a: Int } extend type Query { b: Int }`;
    const resolvers = [{ Query: { a: ok } }, { Query: { b: plain } }];
    expect(findUnguardedResolvers({ name: 'x', typeDefs: sdl, resolvers }, {})).toEqual(['x: Query.b']);
  });
});
