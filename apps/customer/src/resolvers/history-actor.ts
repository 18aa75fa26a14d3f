import { isUuid } from '@crm/db';

/** A reference to a user of the identity service, resolved by the gateway. */
export const userRef = (id: string) => ({ __typename: 'User' as const, id });

/** A history entry's `actor`: a User when a person acted, null for automation ('system'). */
export const actorOf = (change: { actorId: string }) =>
  isUuid(change.actorId) ? userRef(change.actorId) : null;
