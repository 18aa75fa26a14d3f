import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { CUSTOMER_KINDS, CUSTOMER_TIERS, LIFECYCLE_STAGES } from './customer-vocabulary';
import { DICTIONARY_CODE } from './profile-fields';

/** What `npm run export:customers -- --filter key=value` may narrow the export by, all ANDed. */
export interface CustomerExportFilter {
  kind?: (typeof CUSTOMER_KINDS)[number];
  ownerId?: string;
  lifecycleStage?: (typeof LIFECYCLE_STAGES)[number];
  tier?: (typeof CUSTOMER_TIERS)[number];
  region?: string;
  industry?: string;
  source?: string;
  /** created_at >= this instant. */
  createdFrom?: Date;
  /** created_at < this instant. */
  createdTo?: Date;
}

const INSTANT = z.coerce.date({ message: 'must be an ISO date or date-time such as 2026-01-31' });
const FILTERS = {
  kind: ['kind', z.string().toUpperCase().pipe(z.enum(CUSTOMER_KINDS))],
  owner_id: ['ownerId', z.uuid('must be a user id (UUID)')],
  lifecycle_stage: ['lifecycleStage', z.string().toUpperCase().pipe(z.enum(LIFECYCLE_STAGES))],
  tier: ['tier', z.string().toUpperCase().pipe(z.enum(CUSTOMER_TIERS))],
  region: ['region', DICTIONARY_CODE],
  industry: ['industry', DICTIONARY_CODE],
  source: ['source', DICTIONARY_CODE],
  created_from: ['createdFrom', INSTANT],
  created_to: ['createdTo', INSTANT],
} as const satisfies Record<string, [keyof CustomerExportFilter, z.ZodType]>;

export const EXPORT_FILTER_KEYS = Object.keys(FILTERS);

/** Parses `key=value` pairs; an unknown key or a bad value is BAD_USER_INPUT naming the filter. */
export function parseExportFilter(pairs: readonly string[]): CustomerExportFilter {
  const filter: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = (at < 0 ? pair : pair.slice(0, at)).trim().toLowerCase();
    if (!(key in FILTERS))
      throw badUserInput(`filter.${key}`, `is not a filter; use one of ${EXPORT_FILTER_KEYS.join(', ')}`);
    const [field, schema] = FILTERS[key as keyof typeof FILTERS];
    const parsed = (schema as z.ZodType).safeParse(pair.slice(at + 1).trim());
    if (at < 0 || !parsed.success)
      throw badUserInput(
        `filter.${key}`,
        parsed.success ? 'needs a value: key=value' : parsed.error.issues[0].message,
      );
    filter[field] = parsed.data;
  }
  return filter as CustomerExportFilter;
}
