import { randomUUID } from 'node:crypto';
import { escapeIdentifier } from 'pg';
import type { DataSource } from 'typeorm';
import { refreshCustomerScore, rescoreAllCustomers, scoreSettings } from '@crm/analytics';
import { systemOrigin } from '@crm/events';
import { ownReadModels, type OwnReadModels } from './support/own-read-models';

const DAY = 86_400_000;
const NOW = new Date('2026-06-30T02:00:00.000Z');
const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);
const settings = scoreSettings({});

/**
 * The nightly rescoring over a base of its own (a schema made by analytics' migrations for this file
 * alone), so the quintiles and the cuts can be computed by hand: the base is exactly what it inserts.
 */
describe('the nightly rescoring: set-based, in resumable batches', () => {
  let own: OwnReadModels;
  let scores: DataSource;

  beforeAll(async () => {
    own = await ownReadModels('nightly');
    scores = own.readModels;
  });

  afterAll(() => own?.drop());

  beforeEach(async () => {
    for (const table of [
      'customer_facts',
      'customer_payments',
      'customer_complaints',
      'customer_scores',
      'rfm_boundaries',
      'customer_score_runs',
      'outbox',
    ])
      await scores.query(`TRUNCATE ${table}`);
    await scores.query('DROP TRIGGER IF EXISTS stop_the_run ON customer_score_runs');
  });

  async function customer(createdAt: Date): Promise<string> {
    const customerId = randomUUID();
    await scores.query(
      `INSERT INTO customer_facts (customer_id, kind, created_at) VALUES ($1, 'COMPANY', $2)`,
      [customerId, createdAt],
    );
    return customerId;
  }

  /** `orders` orders paid `amountEach`, the last on `lastAt`, one a day before it. */
  async function purchases(customerId: string, orders: number, amountEach: string, lastAt: Date) {
    for (let order = 0; order < orders; order += 1)
      await scores.query(
        `INSERT INTO customer_payments (payment_id, order_id, customer_id, amount, currency, received_at)
         VALUES ($1, $2, $3, $4, 'EUR', $5)`,
        [randomUUID(), randomUUID(), customerId, amountEach, daysBefore(order, lastAt)],
      );
  }

  const cellsOf = async (customerIds: string[]) => {
    const rows: { customer_id: string; cell: string | null }[] = await scores.query(
      `SELECT customer_id, recency_score::text || frequency_score::text || monetary_score::text AS cell
       FROM customer_scores WHERE customer_id = ANY($1)`,
      [customerIds],
    );
    return customerIds.map((customerId) => rows.find((row) => row.customer_id === customerId)?.cell ?? null);
  };

  it('ranks the base by ⌈5 · share at or below⌉ and keeps the cuts, which a later event scores against', async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));
    const base = [];
    // a..e: last purchase on days 1..5, purchases 5..1, monetary 100, 300, 300, 50, 1000.0001 (domain/__tests__/rfm.spec.ts).
    for (const [orders, each, last] of [
      [5, '20', 1],
      [4, '75', 2],
      [3, '100', 3],
      [2, '25', 4],
      [1, '1000.0001', 5],
    ] as const) {
      const customerId = await customer(daysBefore(900));
      await purchases(customerId, orders, each, day(last));
      base.push(customerId);
    }
    const idle = await customer(daysBefore(10));

    expect(await rescoreAllCustomers(scores, NOW, 'night-1', settings)).toEqual({
      scored: 6,
      ranked: 6,
      announced: 0,
    });

    expect(await cellsOf([...base, idle])).toEqual(['152', '244', '334', '421', '515', null]);
    const [cuts] = await scores.query(
      `SELECT population, recency_cuts, frequency_cuts, monetary_cuts::text[], computed_at FROM rfm_boundaries`,
    );
    expect(cuts).toEqual({
      population: 5,
      recency_cuts: [day(1), day(2), day(3), day(4)],
      frequency_cuts: [1, 2, 3, 4],
      monetary_cuts: ['50.0000', '100.0000', '100.0000', '300.0000'],
      computed_at: NOW,
    });

    // The idle customer's first purchase, late and large: ranked against the others as they stand.
    await purchases(idle, 1, '2000', daysBefore(1));
    const run = { now: NOW, origin: systemOrigin('test-event'), settings };
    await scores.transaction((manager) => refreshCustomerScore(manager, idle, run));
    expect(await cellsOf([idle])).toEqual(['515']);

    // From 1,000 customers on, an event scores against the kept cuts, not the base: kept ones of a
    // big base's, where 2000 is little.
    await scores.query(
      `UPDATE rfm_boundaries SET population = 1000000, monetary_cuts = '{5000, 6000, 7000, 8000}'`,
    );
    await scores.transaction((manager) => refreshCustomerScore(manager, idle, run));
    expect(await cellsOf([idle])).toEqual(['511']);
  });

  /** At risk: bought twice long ago, no word since its creation, one open complaint (0.35 + 0.15 + 0.15 + 0.1). */
  async function customerAtRisk(): Promise<string> {
    const customerId = await customer(daysBefore(500));
    await purchases(customerId, 1, '600', daysBefore(400));
    await purchases(customerId, 1, '400', daysBefore(370));
    await scores.query(
      'INSERT INTO customer_complaints (ticket_id, customer_id, opened_at) VALUES ($1, $2, $3)',
      [randomUUID(), customerId, daysBefore(30)],
    );
    return customerId;
  }

  async function calmCustomer(): Promise<string> {
    const customerId = await customer(daysBefore(20));
    await purchases(customerId, 1, '100', daysBefore(2));
    return customerId;
  }

  const announcements = async () => {
    const rows: { message_key: string }[] = await scores.query(
      `SELECT message_key FROM outbox WHERE event_type = 'crm.analytics.customer.churn_risk_detected'`,
    );
    return rows.map((row) => row.message_key).sort();
  };

  it('resumes a stopped run at its next batch and at its own time, announcing each crossing once', async () => {
    const atRisk = [await customerAtRisk(), await customerAtRisk(), await customerAtRisk()];
    const calm = [await calmCustomer(), await calmCustomer(), await calmCustomer()];
    const sorted = [...atRisk, ...calm].sort();
    // The run stops as it commits its second batch (customers 3–4 in id order): batches of two.
    await scores.query(`
      CREATE OR REPLACE FUNCTION ${escapeIdentifier(own.schema)}.stop_the_run() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the run stops here'; END $$`);
    await scores.query(
      `CREATE TRIGGER stop_the_run BEFORE UPDATE ON customer_score_runs FOR EACH ROW
       WHEN (NEW.after_customer_id = '${sorted[3]}') EXECUTE FUNCTION ${escapeIdentifier(own.schema)}.stop_the_run()`,
    );

    await expect(rescoreAllCustomers(scores, NOW, 'night-1', settings, { batchSize: 2 })).rejects.toThrow(
      'the run stops here',
    );
    const [stopped] = await scores.query('SELECT phase, after_customer_id FROM customer_score_runs');
    expect(stopped).toEqual({ phase: 'SCORING', after_customer_id: sorted[1] });
    expect(await announcements()).toEqual(
      atRisk.filter((customerId) => sorted.indexOf(customerId) < 2).sort(),
    );

    // The queue retries the run later: it goes on from customer 3, still at the run's time.
    await scores.query('DROP TRIGGER stop_the_run ON customer_score_runs');
    const resumed = await rescoreAllCustomers(
      scores,
      new Date(NOW.getTime() + 600_000),
      'night-1',
      settings,
      {
        batchSize: 2,
      },
    );
    expect(resumed).toMatchObject({ scored: 4, ranked: 6 });
    const times: { scored_at: Date }[] = await scores.query('SELECT DISTINCT scored_at FROM customer_scores');
    expect(times).toEqual([{ scored_at: NOW }]);
    expect(await announcements()).toEqual([...atRisk].sort());

    // The next night: still at risk, nothing announced again.
    const nextNight = await rescoreAllCustomers(scores, new Date(NOW.getTime() + DAY), 'night-2', settings);
    expect(nextNight).toEqual({ scored: 6, ranked: 6, announced: 0 });
    expect(await announcements()).toEqual([...atRisk].sort());
  });
});
