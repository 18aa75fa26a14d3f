import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleTester, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';
import { guardedResolvers } from '../guarded-resolvers.rule';

// A sales app on disk: the rule reads its SDL and its other resolver files.
const workspace = mkdtempSync(join(tmpdir(), 'guarded-resolvers-'));
const resolversDir = join(workspace, 'apps', 'sales', 'src', 'resolvers');
mkdirSync(resolversDir, { recursive: true });
mkdirSync(join(resolversDir, '..', 'schema'));
writeFileSync(
  join(resolversDir, '..', 'schema', 'sales.graphql'),
  `type Deal @key(fields: "id") { id: ID! name: String! customer: Customer! }
   type Lead @key(fields: "id") { id: ID! name: String! }
   type Customer @key(fields: "id") { id: ID! deals: [Deal!] score: Int }
   type User @key(fields: "id", resolvable: false) { id: ID! }
   type Stray @key(fields: "id") { id: ID! }
   type Money { amount: String! }
   type Query { deal(id: ID!): Deal deals: [Deal!]! }
   type Mutation { createDeal(name: String!): Deal! }`,
);
// Deal's reference resolver lives in another file, as line items do beside opportunities.
writeFileSync(
  join(resolversDir, 'deal.resolvers.ts'),
  `export const dealResolvers = { Deal: { __resolveReference: guardReference('deal:read', load) } };`,
);
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const filename = join(resolversDir, 'fixture.resolvers.ts');
const options = [{ entityOwners: { Deal: 'sales', Lead: 'sales', Customer: 'customer', User: 'identity' } }];

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

ruleTester.run('guarded-resolvers', guardedResolvers as unknown as Rule.RuleModule, {
  valid: [
    {
      name: 'root fields, reference resolvers and contributed fields all wrapped',
      filename,
      options,
      code: `
        const byPermission = (loader: string) => guard('deal:read', (parent, args, context) => context[loader]);
        const readDeal = guard('deal:read', () => null);
        function scoreOf(permission: string) { if (!permission) return guard('deal:read', () => 0); return guard(permission, () => 1); }
        export const resolvers: GraphQLResolverMap<Context> = {
          Query: { deal: readDeal, deals: guard('deal:read', () => []) },
          Mutation: { createDeal: guard(PUBLIC, () => null) },
          Customer: { deals: byPermission('dealsOfCustomer'), score: scoreOf('customer:read') },
          Deal: { name: (deal) => deal.name, customer: (deal) => ({ id: deal.customerId }) },
          Money: { amount: (money) => money.amount },
        };`,
    },
    {
      name: 'key fields of a foreign entity need no guard, nor a reference stub',
      filename,
      options,
      code: `export const r = { Customer: { id: (c) => c.id }, User: { id: (u) => u.id } };`,
    },
    {
      name: 'an owned entity resolving no fields needs no reference resolver',
      filename,
      options,
      code: `export const r = { Lead: {} };`,
    },
    {
      name: 'nested objects inside a resolver are not resolver maps',
      filename,
      options,
      code: `export const r = { Query: { deals: guard('deal:read', () => ({ Query: { x: 1 } })) } };`,
    },
  ],
  invalid: [
    {
      name: 'an unwrapped root field',
      filename,
      options,
      code: `export const r = { Query: { deal: guard('deal:read', () => null), deals: () => [] } };`,
      errors: [{ messageId: 'unguardedRoot', data: { type: 'Query', field: 'deals' } }],
    },
    {
      name: 'a mutation wrapped in something else, and a spread nobody can check',
      filename,
      options,
      code: `const more = {}; export const r = { Mutation: { createDeal: cached(() => null), ...more } };`,
      errors: [
        { messageId: 'unguardedRoot', data: { type: 'Mutation', field: 'createDeal' } },
        { messageId: 'unguardedRoot', data: { type: 'Mutation', field: '…' } },
      ],
    },
    {
      name: 'a helper that returns an unwrapped resolver on one path',
      filename,
      options,
      code: `
        const maybe = (open: boolean) => { if (open) return () => null; return guard('deal:read', () => null); };
        export const r = { Query: { deal: maybe(true) } };`,
      errors: [{ messageId: 'unguardedRoot' }],
    },
    {
      name: 'a reference resolver wrapped by guard, whose arguments it would misread',
      filename,
      options,
      code: `export const r = { Deal: { __resolveReference: guard('deal:read', () => null) } };`,
      errors: [{ messageId: 'unguardedReference', data: { type: 'Deal' } }],
    },
    {
      name: "a field contributed to another subgraph's entity, unwrapped",
      filename,
      options,
      code: `export const r = { Customer: { deals: guard('deal:read', () => []), score: () => 1 } };`,
      errors: [
        { messageId: 'unguardedContributed', data: { type: 'Customer', field: 'score', owner: 'customer' } },
      ],
    },
    {
      name: 'an owned entity with resolved fields and no reference resolver in any resolver file',
      filename,
      options,
      code: `export const r = { Lead: { name: (lead) => lead.name } };`,
      errors: [{ messageId: 'missingReference', data: { type: 'Lead' } }],
    },
    {
      name: 'an entity nobody declared the owner of',
      filename,
      options,
      code: `export const r = { Stray: { id: (s) => s.id } };`,
      errors: [{ messageId: 'noOwner', data: { type: 'Stray' } }],
    },
  ],
});
