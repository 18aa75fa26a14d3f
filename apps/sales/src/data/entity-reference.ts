/**
 * An entity another subgraph owns (Customer, User, Team, Campaign) as sales knows it: its id. The
 * gateway fetches the rest from the owner; `__typename` names the type where it is not implied.
 */
export interface EntityReference {
  __typename?: string;
  id: string;
}
