import { isUuid } from '@crm/db';
import { badUserInput } from '@crm/errors';

/** Ids are UUIDs; anything else is the caller's mistake, reported on the argument's path. */
export function parseId(field: string, id: string): string {
  if (!isUuid(id)) throw badUserInput(field, `must be an id (UUID) (got "${id}")`);
  return id.toLowerCase();
}
