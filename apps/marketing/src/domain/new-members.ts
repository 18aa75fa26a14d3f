import { isUuid } from '@crm/db';
import { badUserInput } from '@crm/errors';

/** A campaign member's party: exactly one of the three ids. */
export interface MemberParty {
  customerId: string | null;
  contactId: string | null;
  leadId: string | null;
}

export const MAX_MEMBERS_PER_CALL = 1000;

const PARTY_FIELDS = ['customerId', 'contactId', 'leadId'] as const;

/** Checks a list of parties to add; repeats within the list collapse into one. */
export function parseMemberParties(
  members: readonly { customerId?: string | null; contactId?: string | null; leadId?: string | null }[],
  path = 'members',
): MemberParty[] {
  if (members.length < 1 || members.length > MAX_MEMBERS_PER_CALL)
    throw badUserInput(
      path,
      `must hold 1 to ${MAX_MEMBERS_PER_CALL} members (got ${members.length}); send more in further calls`,
    );
  const seen = new Set<string>();
  const parties: MemberParty[] = [];
  for (const [index, member] of members.entries()) {
    const given = PARTY_FIELDS.filter((field) => member[field] !== null && member[field] !== undefined);
    if (given.length !== 1)
      throw badUserInput(
        `${path}.${index}`,
        `must give exactly one of customerId, contactId or leadId (got ${given.length})`,
      );
    const field = given[0];
    const id = member[field]!;
    if (!isUuid(id)) throw badUserInput(`${path}.${index}.${field}`, `must be an id (UUID) (got "${id}")`);
    const key = `${field}:${id.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parties.push({
      customerId: field === 'customerId' ? id.toLowerCase() : null,
      contactId: field === 'contactId' ? id.toLowerCase() : null,
      leadId: field === 'leadId' ? id.toLowerCase() : null,
    });
  }
  return parties;
}
