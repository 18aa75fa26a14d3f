import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findUnguardedResolvers, type SubgraphUnderCheck } from '../unguarded-resolvers';

/**
 * In the spirit of Twenty's "resolvers should be guarded" rule: every root field, reference
 * resolver and contributed field of every subgraph is wrapped by `guard`/`guardReference`. The
 * subgraphs and their resolver files are discovered, so a new one is checked without touching this.
 */
const APPS_DIR = join(__dirname, '..', '..', '..', '..', 'apps');

/** Who owns each entity (DESIGN §2); the others only contribute fields to it or reference it. */
const ENTITY_OWNERS: Record<string, string> = {
  User: 'identity',
  Team: 'identity',
  Customer: 'customer',
  Interaction: 'customer',
  Contact: 'customer',
  Opportunity: 'sales',
  Activity: 'sales',
  Lead: 'sales',
  Product: 'sales',
  Quote: 'sales',
  Contract: 'sales',
  Order: 'sales',
  Payment: 'sales',
  Ticket: 'service',
  Campaign: 'marketing',
};

const isResolverMap = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function subgraphUnderCheck(app: string): Promise<SubgraphUnderCheck> {
  const resolversDir = join(APPS_DIR, app, 'src', 'resolvers');
  const files = readdirSync(resolversDir).filter((file) => file.endsWith('.resolvers.ts'));
  const resolvers: object[] = [];
  for (const file of files) {
    const exported = (await import(join(resolversDir, file))) as Record<string, unknown>;
    resolvers.push(...Object.values(exported).filter(isResolverMap));
  }
  const typeDefs = readFileSync(join(APPS_DIR, app, 'src', 'schema.graphql'), 'utf8');
  return { name: app, typeDefs, resolvers };
}

const SUBGRAPHS = readdirSync(APPS_DIR).filter((app) =>
  existsSync(join(APPS_DIR, app, 'src', 'schema.graphql')),
);

describe('resolvers should be guarded', () => {
  it('finds every subgraph', () => {
    expect(SUBGRAPHS).toEqual(
      expect.arrayContaining(['identity', 'customer', 'sales', 'service', 'marketing', 'analytics']),
    );
  });

  it.each(SUBGRAPHS)('%s: every query, mutation, reference and contributed field is guarded', async (app) => {
    const subgraph = await subgraphUnderCheck(app);
    expect(subgraph.resolvers.length).toBeGreaterThan(0);
    expect(findUnguardedResolvers(subgraph, ENTITY_OWNERS)).toEqual([]);
  });
});
