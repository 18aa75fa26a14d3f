import { badUserInput, InputProblems } from '@crm/errors';
import { fillBlankFields, type MergeableProfile, type ProfilePatch } from './duplicate-merge';

/** What a merge needs to know of each customer it touches. */
export interface MergeParty {
  id: string;
  mergedIntoId: string | null;
  erasedAt: Date | null;
}

export interface MergeRequest {
  survivorId: string;
  mergedIds: string[];
}

/** One merge folds a handful of duplicates, not a whole segment. */
export const MAX_MERGED_PER_REQUEST = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseMergeRequest(survivorId: string, mergedIds: string[]): MergeRequest {
  const problems = new InputProblems();
  if (!UUID.test(survivorId)) problems.add('survivorId', `must be an id (UUID) (got "${survivorId}")`);
  if (mergedIds.length === 0) problems.add('mergedIds', 'must list at least one customer to merge');
  if (mergedIds.length > MAX_MERGED_PER_REQUEST)
    problems.add('mergedIds', `must list at most ${MAX_MERGED_PER_REQUEST} customers`);
  else
    mergedIds.forEach((id, i) => {
      if (!UUID.test(id)) problems.add(`mergedIds.${i}`, `must be an id (UUID) (got "${id}")`);
    });
  problems.throwIfAny();
  const survivor = survivorId.toLowerCase();
  const merged = [...new Set(mergedIds.map((id) => id.toLowerCase()))];
  const self = merged.indexOf(survivor);
  if (self >= 0) throw badUserInput(`mergedIds.${self}`, 'must not contain the survivor itself');
  return { survivorId: survivor, mergedIds: merged };
}

/** Refuses unknown, already merged and erased customers, naming the field that holds the id. */
export function assertMergeable(request: MergeRequest, found: Map<string, MergeParty>): void {
  const fields: [string, string][] = [
    ['survivorId', request.survivorId],
    ...request.mergedIds.map((id, i): [string, string] => [`mergedIds.${i}`, id]),
  ];
  for (const [field, id] of fields) {
    const party = found.get(id);
    if (!party) throw badUserInput(field, `no customer has the id ${id}`);
    if (party.mergedIntoId) {
      throw badUserInput(field, `customer ${id} was already merged into ${party.mergedIntoId}; use that one`);
    }
    if (party.erasedAt) throw badUserInput(field, `customer ${id} was erased and cannot be merged`);
  }
}

/**
 * The survivor keeps every value it has; a blank field takes the first value the merged customers
 * offer, in the order they were given (the import's rule, duplicate-merge.ts). Only changes return.
 */
export function fillSurvivorProfile(survivor: MergeableProfile, merged: MergeableProfile[]): ProfilePatch {
  let profile = survivor;
  let changes: ProfilePatch = {};
  for (const donor of merged) {
    const patch = fillBlankFields(profile, donor);
    if (!patch) continue;
    profile = { ...profile, ...patch };
    changes = { ...changes, ...patch };
  }
  return changes;
}
