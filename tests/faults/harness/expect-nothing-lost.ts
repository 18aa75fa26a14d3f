import type { LedgerFigures } from './event-ledger';
import type { ReadModelDrift } from './read-models';

/**
 * The suite's one verdict: acknowledged = outbox = on the topic = applied once, the read models
 * equal a recomputation from the owners' tables, and nothing was dead-lettered. `duplicated`
 * copies on a topic are allowed only where the scenario says at-least-once may show (a broker
 * killed between writing a batch and acknowledging it); the inbox must absorb them.
 */
export function expectNothingLost(
  figures: LedgerFigures,
  drift: ReadModelDrift,
  { duplicatesAllowed = false } = {},
): void {
  expect(figures.acknowledged).toBeGreaterThan(0);
  expect(figures).toMatchObject({
    acknowledgedMissingFromOutbox: 0,
    onTopic: figures.outbox,
    applied: figures.expectedApplied,
    lost: 0,
    reordered: 0,
    deadLettered: 0,
    ...(duplicatesAllowed ? {} : { duplicated: 0 }),
  });
  expect(drift).toEqual(Object.fromEntries(Object.keys(drift).map((model) => [model, 0])));
}
