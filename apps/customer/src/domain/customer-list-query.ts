import { badUserInput, InputProblems, refuseNul } from '@crm/errors';
import type { CustomerKind, CustomerTier, LifecycleStage } from './customer-vocabulary';

export const CUSTOMER_SORT_FIELDS = ['CREATED_AT', 'NAME', 'UPDATED_AT'] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];

export interface CustomerSort {
  field: CustomerSortField;
  direction: 'ASC' | 'DESC';
}

/** Newest first, the order users expect of a CRM list. */
export const DEFAULT_CUSTOMER_SORT: CustomerSort = { field: 'CREATED_AT', direction: 'DESC' };

export interface CustomerListFilter {
  kind?: CustomerKind | null;
  lifecycleStage?: LifecycleStage | null;
  tier?: CustomerTier | null;
  tagId?: string | null;
  region?: string | null;
  industry?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  /** Only customers owned by one of these users (the caller's record scope); null: every customer. */
  ownerIds?: string[] | null;
}

/** The filter as the API receives it, ids and dictionary codes still unchecked. */
export interface CustomerFilterInput {
  kind?: CustomerKind | null;
  lifecycleStage?: LifecycleStage | null;
  tier?: CustomerTier | null;
  ownerId?: string | null;
  tagId?: string | null;
  region?: string | null;
  industry?: string | null;
  /** A DateTime as the API hands it over. */
  createdAfter?: Date | string | null;
  createdBefore?: Date | string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function code(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  refuseNul(field, value);
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 100) throw badUserInput(field, 'must be 1 to 100 characters');
  return trimmed;
}

/**
 * Checks a `customers` filter, every field at once; the owner scope is the caller's business,
 * added by the resolver. An empty id is a mistake, not "any owner": leave the field out for that.
 */
export function parseCustomerFilter(
  input: CustomerFilterInput | null | undefined,
  path = 'filter',
): Omit<CustomerListFilter, 'ownerIds'> & { ownerId: string | null } {
  const filter = input ?? {};
  const problems = new InputProblems();
  for (const field of ['ownerId', 'tagId'] as const) {
    const id = filter[field];
    if (id !== null && id !== undefined && !UUID.test(id))
      problems.add(`${path}.${field}`, `must be an id (UUID) (got "${id}")`);
  }
  const region = problems.check(() => code(filter.region, `${path}.region`));
  const industry = problems.check(() => code(filter.industry, `${path}.industry`));
  const createdAfter = filter.createdAfter ? new Date(filter.createdAfter) : null;
  const createdBefore = filter.createdBefore ? new Date(filter.createdBefore) : null;
  if (createdAfter && createdBefore && createdAfter >= createdBefore) {
    problems.add(`${path}.createdBefore`, 'must be later than createdAfter');
  }
  problems.throwIfAny();
  return {
    kind: filter.kind ?? null,
    lifecycleStage: filter.lifecycleStage ?? null,
    tier: filter.tier ?? null,
    ownerId: filter.ownerId?.toLowerCase() ?? null,
    tagId: filter.tagId?.toLowerCase() ?? null,
    region: region ?? null,
    industry: industry ?? null,
    createdAfter,
    createdBefore,
  };
}

export function parseCustomerSort(input: Partial<CustomerSort> | null | undefined): CustomerSort {
  return {
    field: input?.field ?? DEFAULT_CUSTOMER_SORT.field,
    direction: input?.direction ?? DEFAULT_CUSTOMER_SORT.direction,
  };
}
