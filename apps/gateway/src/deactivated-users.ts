import { unauthenticatedError, type Authenticator } from '@crm/subgraph-kit';

/**
 * An access token lives 15 minutes (identity's ACCESS_TOKEN_TTL) plus a minute of clock skew: a
 * deactivation older than that has outlived every token issued before it.
 */
export const DENY_DEACTIVATED_FOR_MS = 16 * 60_000;

/**
 * Users deactivated within the last access-token lifetime: their tokens still verify, but the
 * gateway refuses them (identity refuses their logins and refreshes from then on).
 */
export class DeactivatedUsers {
  private readonly deactivatedAt = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly denyForMs = DENY_DEACTIVATED_FOR_MS,
  ) {}

  remember(userId: string, deactivatedAt: Date): void {
    // Deactivations are rare: forgetting the expired ones on each keeps the set small.
    for (const [id, at] of this.deactivatedAt) if (!this.isRecent(at)) this.deactivatedAt.delete(id);
    const at = deactivatedAt.getTime();
    const key = userId.toLowerCase();
    if (this.isRecent(at)) this.deactivatedAt.set(key, Math.max(at, this.deactivatedAt.get(key) ?? at));
  }

  isDenied(userId: string): boolean {
    const key = userId.toLowerCase();
    const at = this.deactivatedAt.get(key);
    if (at === undefined) return false;
    if (this.isRecent(at)) return true;
    this.deactivatedAt.delete(key);
    return false;
  }

  private isRecent(at: number): boolean {
    return this.now() - at < this.denyForMs;
  }

  get size(): number {
    return this.deactivatedAt.size;
  }
}

/** `authenticate`, refusing the tokens of users deactivated since they were issued. */
export function refusingDeactivatedUsers(
  authenticate: Authenticator,
  deactivatedUsers: DeactivatedUsers,
): Authenticator {
  return async (authorization) => {
    const caller = await authenticate(authorization);
    if (deactivatedUsers.isDenied(caller.userId))
      throw unauthenticatedError('This user was deactivated; their access tokens no longer work');
    return caller;
  };
}
