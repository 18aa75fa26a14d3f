import type { FaultPlatform } from './fault-platform';

/** What one deal goes through after it is opened; the four paths together touch every handler of the read model. */
const PATHS = [[], ['QUALIFICATION'], ['WON'], ['QUALIFICATION', 'LOST']] as const;
type Step = (typeof PATHS)[number][number];

interface Deal {
  id: string;
  version: number;
}

/** What the clients were told succeeded: mutations that returned data and no error. */
export interface Acknowledged {
  /** Mutations acknowledged per aggregate id (the outbox's message key). */
  byKey: Map<string, number>;
  /** Each acknowledged mutation writes exactly one event of one of these types for its aggregate. */
  eventTypes: readonly string[];
  total: number;
  failed: number;
}

/** Each deal mutation writes one of these: created, or stage_changed for a move, a win or a loss. */
const DEAL_EVENT_TYPES = ['crm.sales.opportunity.created', 'crm.sales.opportunity.stage_changed'];

export const noneAcknowledged = (eventTypes: readonly string[]): Acknowledged => ({
  byKey: new Map(),
  eventTypes,
  total: 0,
  failed: 0,
});

/** Two records of the same kind of mutations as one (e.g. the bursts of two parts of a scenario). */
export function mergeAcknowledged(first: Acknowledged, second: Acknowledged): Acknowledged {
  const byKey = new Map(first.byKey);
  for (const [key, count] of second.byKey) byKey.set(key, (byKey.get(key) ?? 0) + count);
  return {
    byKey,
    eventTypes: first.eventTypes,
    total: first.total + second.total,
    failed: first.failed + second.failed,
  };
}

export interface DealBurst {
  acknowledged: Acknowledged;
  /** Resolves once `count` mutations have been acknowledged: the moment to strike. */
  acknowledgedAtLeast(count: number): Promise<void>;
  /** Resolves when every deal's path has ended (acknowledged or given up after a failure). */
  done: Promise<void>;
}

export interface DealBurstOptions {
  customerIds: string[];
  deals: number;
  /** Deals in flight at once. */
  concurrency?: number;
}

/**
 * A burst of deal mutations through the gateway, `concurrency` deals at a time: each deal is
 * opened and then moved along one of four paths (stay open, qualify, win, qualify then lose).
 * A deal whose mutation fails stops there; what was acknowledged is recorded per deal.
 */
export function startDealBurst(platform: FaultPlatform, options: DealBurstOptions): DealBurst {
  const acknowledged = noneAcknowledged(DEAL_EVENT_TYPES);
  const waiters: { count: number; resolve: () => void }[] = [];
  const acknowledge = (dealId: string) => {
    acknowledged.byKey.set(dealId, (acknowledged.byKey.get(dealId) ?? 0) + 1);
    acknowledged.total++;
    for (const waiter of waiters.filter((candidate) => candidate.count <= acknowledged.total)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.deals; index = next++) {
      const customerId = options.customerIds[index % options.customerIds.length];
      const ok = await runDeal(platform, customerId, index, acknowledge);
      if (!ok) acknowledged.failed++;
    }
  };
  const done = Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker)).then(() => {
    // A burst that ended below a waiter's mark never reaches it: release the waiter to fail its own check.
    for (const waiter of waiters.splice(0)) waiter.resolve();
  });
  return {
    acknowledged,
    done,
    acknowledgedAtLeast: (count) =>
      acknowledged.total >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
  };
}

async function runDeal(
  platform: FaultPlatform,
  customerId: string,
  index: number,
  acknowledge: (dealId: string) => void,
): Promise<boolean> {
  const amount = `${1_000 + ((index * 137) % 9_000)}.${String(index % 100).padStart(2, '0')}`;
  let deal = await send(platform, 'createOpportunity', CREATE, {
    input: { customerId, name: `Fault deal ${index + 1}`, amount, currency: 'EUR' },
  });
  if (!deal) return false;
  acknowledge(deal.id);
  for (const step of PATHS[index % PATHS.length]) {
    const moved: Deal | undefined = await send(platform, ...stepMutation(step, deal));
    if (!moved) return false;
    acknowledge(moved.id);
    deal = moved;
  }
  return true;
}

const DEAL_FIELDS = '{ id version }';
const CREATE = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) ${DEAL_FIELDS} }`;

function stepMutation(step: Step, deal: Deal): [string, string, Record<string, unknown>] {
  const { id, version } = deal;
  switch (step) {
    case 'QUALIFICATION':
      return [
        'moveOpportunityStage',
        `mutation ($id: ID!, $version: Int!) { moveOpportunityStage(id: $id, version: $version, stage: QUALIFICATION) ${DEAL_FIELDS} }`,
        { id, version },
      ];
    case 'WON':
      return [
        'winOpportunity',
        `mutation ($id: ID!, $version: Int!) { winOpportunity(id: $id, version: $version) ${DEAL_FIELDS} }`,
        { id, version },
      ];
    case 'LOST':
      return [
        'loseOpportunity',
        `mutation ($id: ID!, $version: Int!) { loseOpportunity(id: $id, version: $version, reason: "budget") ${DEAL_FIELDS} }`,
        { id, version },
      ];
  }
}

/** The deal a mutation returned, or undefined when it failed (an error, or no answer at all). */
async function send(
  platform: FaultPlatform,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Deal | undefined> {
  try {
    const result = await platform.graphql<Record<string, Deal>>(query, variables);
    return result.errors?.length ? undefined : (result.data?.[field] ?? undefined);
  } catch {
    return undefined;
  }
}
