import { conflict } from '@crm/errors';

/** An update that changes nothing still refuses a stale version, like updateWithVersion would. */
export function assertExpectedVersion(entity: string, id: string, current: number, expected: number): void {
  if (current !== expected)
    throw conflict(
      `${entity} ${id} was changed by someone else (version ${current}, you had ${expected}); reload and retry`,
    );
}
