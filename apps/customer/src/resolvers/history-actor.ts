import { isUuid } from '@crm/db';

/** A history entry's `actor`: a User when a person acted, null for automation ('system'). */
export const actorOf = (change: { actorId: string }) =>
  isUuid(change.actorId) ? { __typename: 'User', id: change.actorId } : null;
