import { join } from 'node:path';
import { DEMO_ADMIN, type Caller } from '@crm/auth';
import { SERVICE_NAMES } from '@crm/config';
import {
  person,
  readTestEnvironment,
  sender,
  startPlatform,
  tokenFor,
  waitFor,
  ok,
  type Send,
  type TestPlatform,
} from '@crm/platform-testing';
import { FuzzClient, type FuzzResponse } from './fuzz/fuzz-client';
import { fuzzRequest } from './fuzz/fuzz-request';
import { fuzzTargets, loadSupergraph, type FuzzLeaf, type FuzzTarget } from './fuzz/fuzz-targets';
import { badValuesFor, sample, type Seeds } from './fuzz/fuzz-values';
import { RowCounter, tablesChangedByRequest } from './fuzz/row-counts';

/**
 * Sends hostile values to every argument of every mutation, every query with arguments and every
 * entity field with arguments of the supergraph, through the real gateway: none may come back as
 * an internal error or a 5xx, and a refused request may leave nothing behind.
 */

/** How many bad values each leaf gets, per caller (sampled deterministically per leaf). */
const CALLERS: { name: string; caller: Caller; valuesPerLeaf: number; topLevelOnly: boolean }[] = [
  { name: 'ADMIN', caller: DEMO_ADMIN, valuesPerLeaf: 2, topLevelOnly: false },
  { name: 'SALES_REP', caller: person(['SALES_REP']), valuesPerLeaf: 1, topLevelOnly: true },
  { name: 'READ_ONLY', caller: person(['READ_ONLY']), valuesPerLeaf: 1, topLevelOnly: true },
  { name: 'MARKETER', caller: person(['MARKETER']), valuesPerLeaf: 1, topLevelOnly: true },
];

/** What a refusal is meant to leave behind, by service: identity counts failed logins (throttling). */
const WRITTEN_BY_REFUSALS: Record<string, ReadonlySet<string>> = { identity: new Set(['login_failures']) };

const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR', undefined]);

interface Finding {
  target: string;
  caller: string;
  path: string;
  value: string;
  problem: string;
}

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text;
};

async function seedRecords(send: Send): Promise<Seeds> {
  const customer = await ok(
    send<{ createCustomer: { id: string } }>(
      'mutation { createCustomer(input: { kind: COMPANY, name: "Fuzz Ltd" }) { id } }',
    ),
  );
  const opportunity = await waitFor(() =>
    ok(
      send<{ createOpportunity: { id: string } }>(
        'mutation ($c: ID!) { createOpportunity(input: { customerId: $c, name: "Fuzz", amount: "100.00", currency: "EUR" }) { id } }',
        { c: customer.createCustomer.id },
      ),
    ),
  );
  const lead = await ok(
    send<{ createLead: { id: string } }>(
      'mutation { createLead(input: { firstName: "Fuzz", lastName: "Lead", source: WEB_FORM }) { id } }',
    ),
  );
  const product = await ok(
    send<{ createProduct: { id: string } }>(
      'mutation { createProduct(input: { code: "FUZZ-1", name: "Fuzz" }) { id } }',
    ),
  );
  return {
    customer: customer.createCustomer.id,
    opportunity: opportunity.createOpportunity.id,
    lead: lead.createLead.id,
    product: product.createProduct.id,
  };
}

/** An error a client should never see for its own bad input. */
function internalProblem(response: FuzzResponse): string | null {
  if (response.status >= 500) return `HTTP ${response.status}: ${response.errors[0]?.message}`;
  const internal = response.errors.find((error) => INTERNAL_CODES.has(error.extensions?.code as string));
  return internal ? `${String(internal.extensions?.code)}: ${internal.message}` : null;
}

const refused = (response: FuzzResponse) => response.errors.length > 0;

describe('fuzzing every argument through the gateway', () => {
  let platform: TestPlatform;
  let counter: RowCounter;
  let seeds: Seeds;
  const targets = fuzzTargets(loadSupergraph(join(__dirname, '..', '..', '..', 'supergraph.graphql')));

  beforeAll(async () => {
    platform = await startPlatform();
    seeds = await seedRecords(sender(platform.gatewayUrl, await tokenFor(DEMO_ADMIN)));
    const test = readTestEnvironment();
    const url = new URL(test.adminDatabaseUrl);
    url.pathname = `/${test.databaseName}`;
    counter = await RowCounter.connect(url.toString(), [...SERVICE_NAMES]);
  });
  afterAll(async () => {
    await counter?.close();
    await platform?.stop();
  });

  it('covers every mutation and every argument of the supergraph', () => {
    expect(targets.filter((target) => target.operation === 'mutation').length).toBeGreaterThanOrEqual(65);
    expect(targets.flatMap((target) => target.leaves).length).toBeGreaterThan(300);
  });

  it('answers every bad value with a client error, and a refused request changes nothing', async () => {
    const findings: Finding[] = [];
    const refusedIds: { correlationId: string; finding: Omit<Finding, 'problem'> }[] = [];
    let sent = 0;
    for (const { name, caller, valuesPerLeaf, topLevelOnly } of CALLERS) {
      const client = new FuzzClient(platform.gatewayUrl, await tokenFor(caller));
      for (const target of targets) {
        const leaves = topLevelOnly ? target.leaves.filter((leaf) => leaf.path.length === 1) : target.leaves;
        await fuzzTarget(target, leaves, name, valuesPerLeaf, client);
      }
      client.dispose();
    }

    async function fuzzTarget(
      target: FuzzTarget,
      leaves: FuzzLeaf[],
      callerName: string,
      valuesPerLeaf: number,
      client: FuzzClient,
    ) {
      // Queries write nothing by contract; rows are compared around mutations.
      const counts = () =>
        target.operation === 'mutation' ? counter.count(target.service) : Promise.resolve({});
      let before = await counts();
      for (const leaf of leaves) {
        const path = leaf.path.join('.');
        const values = sample(
          badValuesFor(leaf.type, leaf.path.at(-1)!),
          valuesPerLeaf,
          `${target.name}:${path}`,
        );
        for (const value of values) {
          const response = await client.send(fuzzRequest(target, leaf, value, seeds));
          sent++;
          const at = { target: target.name, caller: callerName, path, value: shown(value) };
          const problem = internalProblem(response);
          if (problem) findings.push({ ...at, problem });
          const after = await counts();
          if (refused(response)) {
            refusedIds.push({ correlationId: response.correlationId, finding: at });
            const changed = tablesChangedByRequest(before, after, WRITTEN_BY_REFUSALS[target.service]);
            if (changed.length)
              findings.push({ ...at, problem: `refused, but rows changed in ${changed.join(', ')}` });
          }
          before = after;
        }
      }
    }

    const byCorrelation = new Map(refusedIds.map((entry) => [entry.correlationId, entry.finding]));
    for (const event of await counter.eventsOf([...byCorrelation.keys()])) {
      findings.push({
        ...byCorrelation.get(event.correlationId)!,
        problem: `refused, but ${event.schema} wrote ${event.type}`,
      });
    }
    console.log(
      `fuzz: ${sent} requests to ${targets.length} fields, ${refusedIds.length} refused, ${findings.length} findings`,
    );
    expect(findings).toEqual([]);
  }, 600_000);
});
