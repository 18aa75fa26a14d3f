import type { Audience } from './audience';

/** What the projections know; `null` (or `known: false`) is "not heard of yet", not "nobody". */
export interface Directory {
  user(id: string): Promise<{ known: boolean; teamId: string | null; deactivated: boolean } | null>;
  team(id: string): Promise<{ managerId: string | null } | null>;
  customer(
    id: string,
  ): Promise<{ known: boolean; ownerId: string | null; mergedIntoId: string | null } | null>;
}

/** A merge chain longer than this is a cycle in bad data, not a customer. */
const MAX_MERGE_HOPS = 20;

/**
 * The users one audience entry names: a list (maybe empty: there is nobody to tell, e.g. the
 * owner has no team) or null while a projection row it needs has not arrived. A recipient must be
 * a known user (their address is needed for mail); a deactivated one is told nothing.
 */
export async function resolveAudience(entry: Audience, directory: Directory): Promise<string[] | null> {
  if ('user' in entry) {
    const user = await directory.user(entry.user);
    if (!user?.known) return null;
    return user.deactivated ? [] : [entry.user];
  }
  if ('managerOfUser' in entry) {
    const user = await directory.user(entry.managerOfUser);
    if (!user?.known) return null;
    if (!user.teamId) return [];
    const team = await directory.team(user.teamId);
    if (!team) return null;
    // A manager who owns the deal has no manager in their own team.
    if (!team.managerId || team.managerId === entry.managerOfUser) return [];
    return resolveAudience({ user: team.managerId }, directory);
  }
  if ('managerOfTeam' in entry) {
    const team = await directory.team(entry.managerOfTeam);
    if (!team) return null;
    return team.managerId ? resolveAudience({ user: team.managerId }, directory) : [];
  }
  return ownerOf(entry.ownerOfCustomer, directory, 0);
}

async function ownerOf(customerId: string, directory: Directory, hops: number): Promise<string[] | null> {
  const customer = await directory.customer(customerId);
  if (customer?.mergedIntoId && hops < MAX_MERGE_HOPS) {
    return ownerOf(customer.mergedIntoId, directory, hops + 1);
  }
  if (!customer?.known) return null;
  return customer.ownerId ? resolveAudience({ user: customer.ownerId }, directory) : [];
}

export interface ResolvedAudience {
  /** Each user once, in the order the audience named them. */
  recipients: string[];
  /** The entries to try again when the projections learn more. */
  unresolved: Audience[];
}

export async function splitAudience(audience: Audience[], directory: Directory): Promise<ResolvedAudience> {
  const recipients = new Set<string>();
  const unresolved: Audience[] = [];
  for (const entry of audience) {
    const users = await resolveAudience(entry, directory);
    if (users === null) unresolved.push(entry);
    else users.forEach((user) => recipients.add(user.toLowerCase()));
  }
  return { recipients: [...recipients], unresolved };
}
