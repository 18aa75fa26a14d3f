import type { DataSource } from 'typeorm';
import { FILL_DUPLICATE_CANDIDATES } from '@crm/customer';

export const BENCH_CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);

const DUPLICATE_INSERT_TRIGGER = 'customers_duplicate_keys_insert';

// Name parts: 60 × 40 × 8 combinations, so a two-word search matches a few hundred of 1 M customers.
const FIRST =
  'Nordwind Acme Globex Initech Umbrella Stark Wayne Cyberdyne Soylent Tyrell Hooli Vandelay Oscorp Aperture Massive Dunder Gringotts Wonka Prestige Monarch Blue Red Green Silver Golden Iron Crystal Polar Solar Lunar Quantum Vertex Apex Summit Horizon Pioneer Atlas Orion Zenith Nova Stellar Granite Cedar Maple Willow Falcon Eagle Harbor River Lake Ocean Alpine Delta Sigma Omega Alpha Beta Gamma Kappa Lambda'.split(
    ' ',
  );
const SECOND =
  'Logistik Analytics Systems Software Foods Motors Energy Capital Partners Consulting Media Labs Robotics Pharma Textiles Networks Holdings Ventures Trading Studios Foundry Dynamics Solutions Industries Services Group Retail Health Finance Airlines Shipping Mining Chemicals Optics Security Telecom Hotels Farms Brewing Design'.split(
    ' ',
  );
const LEGAL = 'GmbH AG Ltd Inc SA BV Oy SRL'.split(' ');

/** The 50 reps the bench customers are spread over at random. */
export const BENCH_OWNER_IDS = Array.from(
  { length: 50 },
  (_, i) => `0194c1d0-0000-7000-8000-${String(i).padStart(12, '0')}`,
);

/**
 * 1 M customers straight into the customer schema, once per bench run (the scenarios that need
 * them share them): indexes and the duplicate trigger off, one INSERT … SELECT over
 * generate_series, indexes rebuilt from their own definitions (faster than maintaining them row by row).
 */
export async function loadBenchCustomers(dataSource: DataSource): Promise<void> {
  const [{ loaded: already }] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM customers WHERE phone = '+3361' || lpad($1::text, 7, '0')) AS loaded`,
    [BENCH_CUSTOMERS],
  );
  if (already) return;
  const started = Date.now();
  const indexes: { name: string; definition: string }[] = await dataSource.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'customers' AND indexname <> 'customers_pkey'`,
  );
  for (const index of indexes) await dataSource.query(`DROP INDEX ${index.name}`);
  // Its blocks are read through the indexes dropped here: filled once they are back, below.
  await dataSource.query(`ALTER TABLE customers DISABLE TRIGGER ${DUPLICATE_INSERT_TRIGGER}`);
  await dataSource.query(
    `INSERT INTO customers (id, kind, name, email, phone, owner_id, lifecycle_stage, region, industry, tier,
                            created_at, updated_at, version)
     SELECT gen_random_uuid(), CASE WHEN random() < 0.3 THEN 'PERSON' ELSE 'COMPANY' END,
            f[1 + i % 60] || ' ' || s[1 + (i / 60) % 40] || ' ' || l[1 + (i / 2400) % 8],
            'contact' || i || '@' || lower(f[1 + i % 60]) || '.example',
            '+3361' || lpad(i::text, 7, '0'),
            -- Attributes drawn at random, so none is correlated with the name a sort walks.
            o[1 + floor(random() * 50)::int],
            (ARRAY['PROSPECT', 'CUSTOMER', 'REPEAT', 'LOYAL', 'AT_RISK', 'CHURNED'])[1 + floor(random() * 6)::int],
            (ARRAY['EMEA', 'NA', 'LATAM', 'APAC'])[1 + floor(random() * 4)::int],
            (ARRAY['SOFTWARE', 'RETAIL', 'LOGISTICS', 'ENERGY', 'MEDIA'])[1 + floor(random() * 5)::int],
            (ARRAY['A', 'B', 'C', 'D', NULL])[1 + floor(random() * 5)::int],
            t, t, 1
     FROM generate_series(1, $1::int) AS i,
          LATERAL (SELECT date_trunc('milliseconds', now() - make_interval(secs => i * 3)) AS t) times,
          (SELECT $2::text[] AS f, $3::text[] AS s, $4::text[] AS l, $5::uuid[] AS o) parts`,
    [BENCH_CUSTOMERS, FIRST, SECOND, LEGAL, BENCH_OWNER_IDS],
  );
  await dataSource.query(`ALTER TABLE customers ENABLE TRIGGER ${DUPLICATE_INSERT_TRIGGER}`);
  const loaded = Date.now();
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) await manager.query(index.definition);
  });
  await dataSource.query('ANALYZE customers');
  const indexed = Date.now();
  await dataSource.query(FILL_DUPLICATE_CANDIDATES);
  await dataSource.query('ANALYZE duplicate_candidates');
  console.log(
    `loaded ${BENCH_CUSTOMERS} customers in ${((loaded - started) / 1000).toFixed(1)} s, ` +
      `rebuilt ${indexes.length} indexes in ${((indexed - loaded) / 1000).toFixed(1)} s, ` +
      `filled duplicate_candidates (the migration's SQL) in ${((Date.now() - indexed) / 1000).toFixed(1)} s`,
  );
}
