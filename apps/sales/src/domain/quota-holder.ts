import { badUserInput } from '@crm/errors';
import { isGiven, optionalId } from './input-parsing';

/** Whose target a quota is: one user's or one team's. */
export interface QuotaHolder {
  userId: string | null;
  teamId: string | null;
}

/** Exactly one of a user and a team, ids parsed. */
export function parseQuotaHolder(
  input: { userId?: string | null; teamId?: string | null },
  path = 'input',
): QuotaHolder {
  if (isGiven(input.userId) === isGiven(input.teamId))
    throw badUserInput(`${path}.userId`, 'give exactly one of userId and teamId');
  return {
    userId: optionalId(`${path}.userId`, input.userId),
    teamId: optionalId(`${path}.teamId`, input.teamId),
  };
}
