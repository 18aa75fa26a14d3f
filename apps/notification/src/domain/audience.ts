/**
 * Who a notification is for, as a rule states it: a user by id, or someone the projections name
 * (a user's manager, a queue's manager, a customer's owner). Resolution turns these into users.
 */
export type Audience =
  { user: string } | { managerOfUser: string } | { managerOfTeam: string } | { ownerOfCustomer: string };

export const userAudience = (userId: string | null): Audience[] => (userId ? [{ user: userId }] : []);
