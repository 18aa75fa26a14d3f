import { randomUUID } from 'node:crypto';
import { ok, person, sender, tokenFor, waitFor, type Send } from '@crm/platform-testing';

export interface SalesTeam {
  ritaId: string;
  samId: string;
  samEmail: string;
  teamId: string;
  asRita: Send;
  asSam: Send;
  samToken: string;
}

const CREATE_USER = `mutation ($email: String!, $name: String!, $role: String!) {
  createUser(input: { name: $name, email: $email, roles: [$role] }) { id } }`;

/**
 * Rita, a rep, on a team Sam manages, made through identity so the notification service learns
 * them from identity's events like in production (as the demo data does).
 */
export async function createSalesTeam(gatewayUrl: string, asAdmin: Send): Promise<SalesTeam> {
  const run = randomUUID().slice(0, 8);
  const samEmail = `sam-${run}@demo.crm.example`;
  const user = async (name: string, email: string, role: string) =>
    (await ok(asAdmin<{ createUser: { id: string } }>(CREATE_USER, { name, email, role }))).createUser.id;
  const samId = await user('Sam Sales-Manager', samEmail, 'SALES_MANAGER');
  const ritaId = await user('Rita Rep', `rita-${run}@demo.crm.example`, 'SALES_REP');
  const { createTeam } = await ok(
    asAdmin<{ createTeam: { id: string } }>(
      `mutation ($name: String!, $manager: ID!) { createTeam(input: { name: $name, managerId: $manager }) { id } }`,
      { name: `Sales ${run}`, manager: samId },
    ),
  );
  await ok(
    asAdmin(
      `mutation ($userId: ID!, $teamId: ID) { assignUserToTeam(userId: $userId, teamId: $teamId) { id } }`,
      {
        userId: ritaId,
        teamId: createTeam.id,
      },
    ),
  );
  const samToken = await tokenFor(
    person(['SALES_MANAGER'], { userId: samId, teamId: createTeam.id, managedUserIds: [ritaId] }),
  );
  return {
    ritaId,
    samId,
    samEmail,
    teamId: createTeam.id,
    asRita: sender(
      gatewayUrl,
      await tokenFor(person(['SALES_REP'], { userId: ritaId, teamId: createTeam.id })),
    ),
    asSam: sender(gatewayUrl, samToken),
    samToken,
  };
}

/** A customer of the rep's, once sales has heard of it (sales learns customers from events). */
export async function openDeal(asRep: Send, ownerId: string, name: string, amount: string, currency: string) {
  const { createCustomer } = await ok(
    asRep<{ createCustomer: { id: string } }>(
      `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Fleet buyer", ownerId: $ownerId }) { id } }`,
      { ownerId },
    ),
  );
  const { createOpportunity } = await waitFor(() =>
    ok(
      asRep<{ createOpportunity: { id: string } }>(
        `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
        { input: { customerId: createCustomer.id, ownerId, name, amount, currency } },
      ),
    ),
  );
  return { customerId: createCustomer.id, opportunityId: createOpportunity.id };
}
