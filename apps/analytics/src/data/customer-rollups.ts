import { REVENUE_ROLLUPS } from './revenue-rollups';
import { SERVICE_ROLLUPS } from './service-rollups';

/**
 * A table of counts summed from customers' facts: what `contributionSql` returns for some customers
 * (the rows they add, `customers` being a condition on report_customers `c`), keyed by `keys`.
 * The table always equals the contributions of every customer, whatever order events came in:
 * customer-rollup.repository.ts applies each change as after − before for the customers it touched.
 */
export interface CustomerRollup {
  table: string;
  /** Key columns and their SQL types, in the table's unique constraint `<table>_key`. */
  keys: Record<string, 'uuid' | 'text' | 'date' | 'numeric'>;
  /** Counts (int) and money (numeric, summed exactly); a row whose measures are all zero is no row. */
  measures: Record<string, 'int' | 'numeric'>;
  contributionSql(customers: string): string;
}

export const monthOf = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'UTC')::date`;
const dayOf = (column: string) => `(${column} AT TIME ZONE 'UTC')::date`;

/**
 * Customers the reports count (created, not merged away) among those `customers` names, once with
 * segment null (everyone) and once per segment they are a member of.
 */
const segmentedCustomers = (customers: string) => `
  counted AS (
    SELECT c.customer_id, c.owner_id, c.region, c.created_at FROM report_customers c
    WHERE ${customers} AND c.merged_into_id IS NULL AND c.created_at IS NOT NULL
  ), segmented AS (
    SELECT NULL::uuid AS segment_id, counted.* FROM counted
    UNION ALL
    SELECT m.segment_id, counted.* FROM counted JOIN report_segment_members m USING (customer_id)
  )`;

/**
 * Customers at a month's start = Σ over earlier months of created − absences started + absences
 * ended. An absence is a customer's time in churn spells (one spell opens it; a reactivation ends
 * every open spell at once), so it counts each customer once, as a distinct count would.
 */
export const CHURN_BASE_MONTHS: CustomerRollup = churnBase('report_churn_base_months', 'month', monthOf);

/**
 * The same by day, for periods that do not start and end with months or are bucketed finer: their
 * days are read, what came before them months.
 */
export const CHURN_BASE_DAYS: CustomerRollup = churnBase('report_churn_base_days', 'day', dayOf);

function churnBase(table: string, resolution: string, dateOf: (column: string) => string): CustomerRollup {
  return {
    table,
    keys: { segment_id: 'uuid', owner_id: 'uuid', region: 'text', [resolution]: 'date' },
    measures: { created: 'int', absences_started: 'int', absences_ended: 'int' },
    contributionSql: (customers) => `
      WITH ${segmentedCustomers(customers)}, moves AS (
        SELECT segment_id, owner_id, region, ${dateOf('created_at')} AS ${resolution}, 1 AS created, 0 AS started, 0 AS ended
        FROM segmented
        UNION ALL
        SELECT g.segment_id, g.owner_id, g.region, ${dateOf('s.churned_at')}, 0, 1, 0
        FROM segmented g JOIN report_churn_spells s USING (customer_id) WHERE s.opens_absence
        UNION ALL
        SELECT g.segment_id, g.owner_id, g.region, ${dateOf('s.reactivated_at')}, 0, 0, 1
        FROM segmented g JOIN report_churn_spells s USING (customer_id) WHERE s.opens_absence AND s.reactivated_at IS NOT NULL
      )
      SELECT segment_id, owner_id, region, ${resolution},
             sum(created)::int AS created, sum(started)::int AS absences_started, sum(ended)::int AS absences_ended
      FROM moves GROUP BY segment_id, owner_id, region, ${resolution}`,
  };
}

/**
 * Churn spells per month with the month of the customer's previous churn (overall and for the same
 * reason): customers lost from month s on = spells from s on − spells whose previous churn is also
 * from s on, so a customer lost twice counts once.
 */
export const CHURN_LOSS_MONTHS: CustomerRollup = churnLoss('report_churn_loss_months', 'month', monthOf);

/** The same by day, for periods that do not start and end with months or are bucketed finer. */
export const CHURN_LOSS_DAYS: CustomerRollup = churnLoss('report_churn_loss_days', 'day', dayOf);

function churnLoss(table: string, resolution: string, dateOf: (column: string) => string): CustomerRollup {
  return {
    table,
    keys: {
      segment_id: 'uuid',
      owner_id: 'uuid',
      region: 'text',
      reason: 'text',
      [resolution]: 'date',
      [`previous_${resolution}`]: 'date',
      [`previous_reason_${resolution}`]: 'date',
    },
    measures: { spells: 'int' },
    contributionSql: (customers) => `
      WITH ${segmentedCustomers(customers)}
      SELECT g.segment_id, g.owner_id, g.region, s.reason, ${dateOf('s.churned_at')} AS ${resolution},
             ${dateOf('s.previous_churned_at')} AS previous_${resolution},
             ${dateOf('s.previous_reason_churned_at')} AS previous_reason_${resolution}, count(*)::int AS spells
      FROM segmented g JOIN report_churn_spells s USING (customer_id)
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  };
}

/** Retention cohorts: customers per first-purchase month and month they bought in. */
export const COHORT_MONTHS: CustomerRollup = {
  table: 'report_cohort_months',
  keys: { owner_id: 'uuid', region: 'text', cohort_month: 'date', month: 'date' },
  measures: { customers: 'int' },
  contributionSql: (customers) => `
    SELECT c.owner_id, c.region, c.first_purchase_month AS cohort_month, p.month, count(*)::int AS customers
    FROM report_customers c JOIN report_purchase_months p USING (customer_id)
    WHERE ${customers} AND c.merged_into_id IS NULL AND c.created_at IS NOT NULL AND c.first_purchase_month IS NOT NULL
    GROUP BY 1, 2, 3, 4`,
};

/** The attributes the composition report breaks customers down by, as report_customers' columns. */
export const COMPOSITION_ATTRIBUTES = ['industry', 'region', 'tier', 'lifecycle_stage', 'source'] as const;

/** One row per customer and attribute: its current value, with the customer's owner and region. */
export const attributeValuesSql = (customer: string) =>
  `CROSS JOIN LATERAL (VALUES ${COMPOSITION_ATTRIBUTES.map((name) => `('${name}', ${customer}.${name})`).join(', ')}) AS a(attribute, value)`;

/** Customers by each attribute's current value, per owner, region and month of creation. */
export const COMPOSITION_MONTHS: CustomerRollup = {
  table: 'report_composition_months',
  keys: { owner_id: 'uuid', region: 'text', attribute: 'text', value: 'text', month: 'date' },
  measures: { customers: 'int' },
  contributionSql: (customers) => `
    SELECT c.owner_id, c.region, a.attribute, a.value, ${monthOf('c.created_at')} AS month, count(*)::int AS customers
    FROM report_customers c ${attributeValuesSql('c')}
    WHERE ${customers} AND c.merged_into_id IS NULL AND c.created_at IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5`,
};

export const CHURN_ROLLUPS: CustomerRollup[] = [
  CHURN_BASE_MONTHS,
  CHURN_LOSS_MONTHS,
  CHURN_BASE_DAYS,
  CHURN_LOSS_DAYS,
  COHORT_MONTHS,
];

/** Every roll-up of the customer reports, kept by withCustomerRollups. */
export const CUSTOMER_ROLLUPS: CustomerRollup[] = [
  ...CHURN_ROLLUPS,
  COMPOSITION_MONTHS,
  ...REVENUE_ROLLUPS,
  ...SERVICE_ROLLUPS,
];
