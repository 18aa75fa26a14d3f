import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { parseAllowFile, type AllowList } from '../allow-file';
import { schemaCheckVerdict } from '../schema-check-verdict';
import type { SchemaSnapshot } from '../schema-snapshot';
import { snapshotChanges } from '../snapshot-changes';

const CUSTOMER_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Customer @key(fields: "id") {
    id: ID!
    name: String!
    email: String
  }
  type Query {
    customer(id: ID!): Customer
  }
`;
const SALES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Customer @key(fields: "id") {
    id: ID!
    openPipeline: Int
  }
`;
const NO_ALLOWANCES: AllowList = { entries: [], problems: [] };
const REMOVED_EMAIL = "Field 'email' was removed from object type 'Customer'";

function snapshot(customerSdl: string): SchemaSnapshot {
  const subgraphs = new Map([
    ['customer', customerSdl],
    ['sales', SALES_SDL],
  ]);
  const composed = composeServices(
    [...subgraphs].map(([name, sdl]) => ({ name, url: `http://${name}`, typeDefs: parse(sdl) })),
  );
  if (composed.errors) throw composed.errors[0];
  return { subgraphs, supergraph: composed.supergraphSdl, events: new Map() };
}

async function check(customerSdl: string, allowList = NO_ALLOWANCES) {
  const changes = await snapshotChanges(snapshot(CUSTOMER_SDL), snapshot(customerSdl));
  return { changes, verdict: schemaCheckVerdict(changes, allowList, []) };
}

function allowFile(entries: object[]): AllowList {
  return parseAllowFile(JSON.stringify({ allowed: entries }), 'schema-changes.allow.json');
}

describe('the breaking-change gate on the graph', () => {
  it('passes when nothing changed', async () => {
    const { changes, verdict } = await check(CUSTOMER_SDL);
    expect(changes).toEqual([]);
    expect(verdict.passed).toBe(true);
  });

  it('fails on a removed field, in the subgraph and in the supergraph', async () => {
    const { changes, verdict } = await check(CUSTOMER_SDL.replace('email: String', ''));
    expect(changes).toEqual([
      { subject: 'customer', level: 'breaking', message: REMOVED_EMAIL },
      { subject: 'supergraph', level: 'breaking', message: REMOVED_EMAIL },
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.lines).toContain(`  BREAKING  customer: ${REMOVED_EMAIL}`);
    expect(verdict.counts).toBe('2 breaking, 0 allowed, 0 dangerous, 0 safe');
  });

  it('passes an added field, in the subgraph and in the supergraph', async () => {
    const { changes, verdict } = await check(
      CUSTOMER_SDL.replace('email: String', 'email: String\n phone: String'),
    );
    const added = "Field 'phone' was added to object type 'Customer'";
    expect(changes).toEqual([
      { subject: 'customer', level: 'safe', message: added },
      { subject: 'supergraph', level: 'safe', message: added },
    ]);
    expect(verdict.passed).toBe(true);
  });

  it('fails on a field made nullable in the supergraph that clients read', async () => {
    const { changes } = await check(CUSTOMER_SDL.replace('name: String!', 'name: String'));
    expect(changes.filter((change) => change.subject === 'supergraph')).toEqual([
      expect.objectContaining({ level: 'breaking' }),
    ]);
  });

  it('passes a removed field that the allow-file lists for each subject with a reason and a reviewer', async () => {
    const reviewed = { reason: 'No client reads it (usage report of May)', reviewedBy: 'sales-team' };
    const allowList = allowFile([
      { subject: 'customer', change: REMOVED_EMAIL, ...reviewed },
      { subject: 'supergraph', change: REMOVED_EMAIL, ...reviewed },
    ]);
    const { verdict } = await check(CUSTOMER_SDL.replace('email: String', ''), allowList);
    expect(verdict.passed).toBe(true);
    expect(verdict.lines).toContain(
      `  allowed   customer: ${REMOVED_EMAIL} (No client reads it (usage report of May); reviewed by sales-team)`,
    );
  });

  it('still fails when only one of the two subjects is allowed', async () => {
    const allowList = allowFile([
      { subject: 'customer', change: REMOVED_EMAIL, reason: 'unused', reviewedBy: 'sales-team' },
    ]);
    const { verdict } = await check(CUSTOMER_SDL.replace('email: String', ''), allowList);
    expect(verdict.passed).toBe(false);
    expect(verdict.counts).toBe('1 breaking, 1 allowed, 0 dangerous, 0 safe');
  });

  it('fails on a subgraph that is gone', async () => {
    const before = snapshot(CUSTOMER_SDL);
    const after = { ...before, subgraphs: new Map([['customer', CUSTOMER_SDL]]) };
    expect(await snapshotChanges(before, after)).toContainEqual({
      subject: 'sales',
      level: 'breaking',
      message: 'subgraph removed',
    });
  });
});
