import type { Audience } from './audience';

/** What the projections know; `null` (or `known: false`) is "not heard of yet", not "nobody". */
export interface Directory {
  user(id: string): Promise<{ known: boolean; teamId: string | null; deactivated: boolean } | null>;
  team(id: string): Promise<{ managerId: string | null } | null>;
  customer(
    id: string,
  ): Promise<{ known: boolean; ownerId: string | null; mergedIntoId: string | null } | null>;
}

/**
 * The users an entry names (maybe none: nobody to tell), or the ids of the projection rows whose
 * change may resolve it.
 */
export type Resolution = { users: string[] } | { waitingFor: string[] };

/** A merge chain longer than this is a cycle in bad data, not a customer. */
const MAX_MERGE_HOPS = 20;

const nobody: Resolution = { users: [] };

/**
 * Resolves one audience entry. A recipient must be a known user (their address is needed for
 * mail); a deactivated one is told nothing; a user's manager is the manager of their team, never
 * themselves. A missing user, team or customer row is waited for, by its id.
 */
export async function resolveAudience(entry: Audience, directory: Directory): Promise<Resolution> {
  if ('user' in entry) {
    const user = await directory.user(entry.user);
    if (!user?.known) return { waitingFor: [entry.user] };
    return user.deactivated ? nobody : { users: [entry.user] };
  }
  if ('managerOfUser' in entry) {
    const user = await directory.user(entry.managerOfUser);
    if (!user?.known) return { waitingFor: [entry.managerOfUser] };
    if (!user.teamId) return nobody;
    const team = await directory.team(user.teamId);
    // The team may arrive, or the user may move to a team already known.
    if (!team) return { waitingFor: [user.teamId, entry.managerOfUser] };
    if (!team.managerId || team.managerId === entry.managerOfUser) return nobody;
    return resolveAudience({ user: team.managerId }, directory);
  }
  if ('managerOfTeam' in entry) {
    const team = await directory.team(entry.managerOfTeam);
    if (!team) return { waitingFor: [entry.managerOfTeam] };
    return team.managerId ? resolveAudience({ user: team.managerId }, directory) : nobody;
  }
  return ownerOf(entry.ownerOfCustomer, directory, 0);
}

async function ownerOf(customerId: string, directory: Directory, hops: number): Promise<Resolution> {
  const customer = await directory.customer(customerId);
  if (customer?.mergedIntoId && hops < MAX_MERGE_HOPS) {
    return ownerOf(customer.mergedIntoId, directory, hops + 1);
  }
  if (!customer?.known) return { waitingFor: [customerId] };
  return customer.ownerId ? resolveAudience({ user: customer.ownerId }, directory) : nobody;
}

export interface ResolvedAudience {
  /** Each user once, in the order the audience named them. */
  recipients: string[];
  /** The entries to try again when the projections learn more. */
  unresolved: Audience[];
  /** The ids of the projection rows they wait for: a change to one of them tries them again. */
  waitingFor: string[];
}

export async function splitAudience(audience: Audience[], directory: Directory): Promise<ResolvedAudience> {
  const recipients = new Set<string>();
  const unresolved: Audience[] = [];
  const waitingFor = new Set<string>();
  for (const entry of audience) {
    const resolution = await resolveAudience(entry, directory);
    if ('waitingFor' in resolution) {
      unresolved.push(entry);
      resolution.waitingFor.forEach((id) => waitingFor.add(id.toLowerCase()));
    } else resolution.users.forEach((user) => recipients.add(user.toLowerCase()));
  }
  return { recipients: [...recipients], unresolved, waitingFor: [...waitingFor] };
}
