import type { EntityManager } from 'typeorm';

/** Profile attributes the composition report groups by, as the customer service names them. */
export interface ReportCustomerAttributes {
  kind?: string;
  ownerId?: string | null;
  industry?: string | null;
  region?: string | null;
  source?: string | null;
  tier?: string | null;
  lifecycleStage?: string;
}

const COLUMNS: Record<keyof ReportCustomerAttributes, string> = {
  kind: 'kind',
  ownerId: 'owner_id',
  industry: 'industry',
  region: 'region',
  source: 'source',
  tier: 'tier',
  lifecycleStage: 'lifecycle_stage',
};

/**
 * Sets the given attributes, creating the row if no event about the customer came before
 * (events of other aggregates, a merge, may have come first). Absent attributes stay as they are.
 */
export async function setReportCustomer(
  manager: EntityManager,
  customerId: string,
  attributes: ReportCustomerAttributes,
  createdAt?: Date,
): Promise<void> {
  const entries = Object.entries(attributes).filter(([, value]) => value !== undefined) as [
    keyof ReportCustomerAttributes,
    string | null,
  ][];
  const columns = entries.map(([key]) => COLUMNS[key]);
  const values: unknown[] = [customerId, ...entries.map(([, value]) => value)];
  if (createdAt) {
    columns.push('created_at');
    values.push(createdAt);
  }
  const placeholders = columns.map((_, index) => `$${index + 2}`);
  const updates = columns.map((column) => `${column} = EXCLUDED.${column}`);
  await manager.query(
    `INSERT INTO report_customers (customer_id${columns.map((column) => `, ${column}`).join('')})
     VALUES ($1${placeholders.map((placeholder) => `, ${placeholder}`).join('')})
     ON CONFLICT (customer_id) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    values,
  );
}

/**
 * Where a customer's figures count now: the survivor it was merged into, else itself. Merges keep
 * redirects one step deep (a later merge of the survivor moves them on), so one lookup suffices.
 */
export async function survivorOf(manager: EntityManager, customerId: string): Promise<string> {
  const [row] = await manager.query(
    'SELECT merged_into_id FROM report_customers WHERE customer_id = $1 AND merged_into_id IS NOT NULL',
    [customerId],
  );
  return row?.merged_into_id ?? customerId;
}

/**
 * The merged customers (and those merged into them before) redirect to the survivor, whether or not
 * their creation has arrived yet: a creation arriving later keeps the redirect.
 */
export async function redirectMergedCustomers(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  await manager.query(
    `INSERT INTO report_customers (customer_id, merged_into_id) SELECT unnest($2::uuid[]), $1
     ON CONFLICT (customer_id) DO UPDATE SET merged_into_id = EXCLUDED.merged_into_id`,
    [survivorId, mergedIds],
  );
  await manager.query('UPDATE report_customers SET merged_into_id = $1 WHERE merged_into_id = ANY($2)', [
    survivorId,
    mergedIds,
  ]);
}

export async function markReportCustomerErased(
  manager: EntityManager,
  customerId: string,
  erasedAt: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO report_customers (customer_id, erased_at) VALUES ($1, $2)
     ON CONFLICT (customer_id) DO UPDATE SET erased_at = EXCLUDED.erased_at`,
    [customerId, erasedAt],
  );
}
