import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import type { Caller } from '@crm/auth';
import { ROLES, type Role } from '@crm/permissions';
import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { PUBLIC_MUTATIONS } from '../src/public-operations';
import { AUTHORIZATION_MATRIX, type OwnFixture } from './authorization-matrix';
import { createCustomerValueFixture } from './customer-value-fixtures';
import { createCustomerProfileFixture } from './customer-profile-fixtures';
import { createPipelineFixture } from './pipeline-fixtures';
import { createSalesDocumentFixture } from './sales-document-fixtures';
import { createLeadFixture } from './lead-fixtures';
import { createTicketFixture } from './ticket-fixtures';
import { createSlaFixture } from './sla-fixtures';
import { createSurveyFixture } from './survey-fixtures';
import { createKnowledgeFixture } from './knowledge-fixtures';
import { createSegmentFixture } from './segment-fixtures';
import { createCampaignFixture } from './campaign-fixtures';
import { createMessageFixture } from './message-fixtures';
import { createJourneyFixture } from './journey-fixtures';
import { createLoyaltyFixture } from './loyalty-fixtures';
import { createWebhookFixture, MATRIX_WEBHOOK_URL } from './webhook-fixtures';
import { ownNotificationOf } from './notification-fixtures';

const SUPERGRAPH = join(__dirname, '..', '..', '..', 'supergraph.graphql');

const person = (roles: Role[], userId: string = randomUUID()): Caller => ({
  userId,
  roles,
  teamId: null,
  managedUserIds: [],
});

/** `subgraph: field` for every Query and Mutation field of the composed graph. */
function rootOperations(): { operation: string; subgraph: string }[] {
  const document = parse(readFileSync(SUPERGRAPH, 'utf8'));
  const roots = document.definitions.filter(
    (node): node is ObjectTypeDefinitionNode =>
      node.kind === Kind.OBJECT_TYPE_DEFINITION && ['Query', 'Mutation'].includes(node.name.value),
  );
  return roots.flatMap((root) =>
    (root.fields ?? []).map((field) => {
      const join = field.directives?.find((directive) => directive.name.value === 'join__field');
      const graph = join?.arguments?.find((argument) => argument.name.value === 'graph')?.value;
      return {
        operation: field.name.value,
        subgraph: graph?.kind === Kind.ENUM ? graph.value.toLowerCase() : '?',
      };
    }),
  );
}

const valueAt = (data: unknown, path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], data);

const CASES = AUTHORIZATION_MATRIX.flatMap((row) =>
  ROLES.map((role) => ({ ...row, role, expected: row.allowed.includes(role) ? 'allowed' : 'denied' })),
);

describe('authorization matrix through the gateway', () => {
  let platform: TestPlatform;
  const tokens = new Map<Role, string>();
  const fixtures = new Map<Role, OwnFixture>();

  /** Records owned by each role's user, made by an admin, so only the role decides. */
  async function createFixtures(): Promise<void> {
    const admin = await tokenFor(person(['ADMIN']));
    const send = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, admin);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data as T;
    };
    const { createCampaign } = await send<{ createCampaign: { id: string } }>(
      `mutation { createCampaign(input: { name: "Matrix" }) { id } }`,
    );
    const createUser = async (role: Role) =>
      (
        await send<{ createUser: { id: string } }>(
          `mutation ($email: String!, $role: String!) { createUser(input: { name: "Matrix", email: $email, roles: [$role] }) { id } }`,
          { email: `matrix-${randomUUID()}@example.com`, role },
        )
      ).createUser.id;
    await Promise.all(
      ROLES.map(async (role) => {
        const userId = await createUser(role);
        const otherUserId = await createUser('READ_ONLY');
        const { createTeam } = await send<{ createTeam: { id: string } }>(
          `mutation ($name: String!, $manager: ID!) { createTeam(input: { name: $name, managerId: $manager }) { id } }`,
          { name: `Matrix ${randomUUID()}`, manager: userId },
        );
        // The caller belongs to the team, and its ticket waits in that team's queue (an agent's scope).
        const caller = { ...person([role], userId), teamId: createTeam.id };
        const token = await tokenFor(caller);
        tokens.set(role, token);
        const { createCustomer } = await send<{ createCustomer: { id: string } }>(
          `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Matrix", ownerId: $ownerId }) { id } }`,
          { ownerId: caller.userId },
        );
        // The service learns customers and teams from their events: the ticket may wait for them.
        const { openTicket } = await waitFor(() =>
          send<{ openTicket: { id: string } }>(
            `mutation ($customerId: ID!, $queueId: ID!) { openTicket(input: { customerId: $customerId, queueId: $queueId, subject: "Matrix" }) { id } }`,
            { customerId: createCustomer.id, queueId: createTeam.id },
          ),
        );
        const { createCustomer: duplicate } = await send<{ createCustomer: { id: string } }>(
          `mutation ($ownerId: ID) { createCustomer(input: { kind: COMPANY, name: "Matrix duplicate", ownerId: $ownerId }) { id } }`,
          { ownerId: caller.userId },
        );
        const { logInteraction } = await send<{ logInteraction: { id: string } }>(
          `mutation ($customerId: ID!) {
            logInteraction(input: { customerId: $customerId, type: CALL, direction: OUTBOUND, occurredAt: "2026-01-05T09:00:00Z", durationMinutes: 5, summary: "Matrix" }) { id }
          }`,
          { customerId: createCustomer.id },
        );
        // Sales learns customers from events: the first deal may wait for its projection.
        const { createOpportunity } = await waitFor(() =>
          send<{ createOpportunity: { id: string } }>(
            `mutation ($customerId: ID!, $ownerId: ID) {
              createOpportunity(input: { customerId: $customerId, ownerId: $ownerId, name: "Matrix", amount: "1", currency: "EUR" }) { id }
            }`,
            { customerId: createCustomer.id, ownerId: caller.userId },
          ),
        );
        const documents = await createSalesDocumentFixture(send, createCustomer.id, caller.userId);
        fixtures.set(role, {
          userId: caller.userId,
          otherUserId,
          teamId: createTeam.id,
          customerId: createCustomer.id,
          duplicateCustomerId: duplicate.id,
          opportunityId: createOpportunity.id,
          interactionId: logInteraction.id,
          pipeline: await createPipelineFixture(send, createCustomer.id, caller.userId),
          customerValue: await createCustomerValueFixture(send, caller.userId),
          profile: await createCustomerProfileFixture(send, caller.userId),
          documents,
          leads: await createLeadFixture(send, caller.userId),
          ticketId: openTicket.id,
          tickets: await createTicketFixture(send, createCustomer.id, createTeam.id),
          sla: await createSlaFixture(send, createTeam.id, userId),
          surveys: await createSurveyFixture(send, createTeam.id),
          knowledge: await createKnowledgeFixture(send),
          campaignId: createCampaign.id,
          segments: await createSegmentFixture(send),
          campaigns: await createCampaignFixture(send, platform),
          messages: await createMessageFixture(send, createCustomer.id, platform),
          journeys: await createJourneyFixture(send),
          loyalty: await createLoyaltyFixture(send, createCustomer.id, documents.orderId),
          webhooks: await createWebhookFixture(send),
          notificationId: await ownNotificationOf(platform.gatewayUrl, token),
        });
      }),
    );
  }

  // Eight roles' fixtures through real services and events: slow on a shared machine.
  beforeAll(async () => {
    platform = await startPlatform();
    await createFixtures();
  }, 240_000);
  // The fixtures' endpoints point at an unrouted address: disabled, so the next test files of this
  // worker's database do not spend their notification service's runs on connect timeouts.
  afterAll(async () => {
    await platform?.subgraphs.notification.dataSource.query(
      'UPDATE webhook_endpoints SET enabled = false WHERE url = $1',
      [MATRIX_WEBHOOK_URL],
    );
    await platform?.stop();
  });

  it('has a row for every root operation of the graph', () => {
    const rows = new Set(AUTHORIZATION_MATRIX.map((row) => row.operation));
    const missing = rootOperations()
      .filter(({ operation }) => !PUBLIC_MUTATIONS.has(operation))
      .filter(({ operation }) => !rows.has(operation))
      .map(({ subgraph, operation }) => `${subgraph}: ${operation}`);
    expect(missing).toEqual([]);
  });

  it.each(CASES)('$operation as $role is $expected', async (row) => {
    const own = fixtures.get(row.role)!;
    const response = await graphqlRequest(
      platform.gatewayUrl,
      row.document,
      row.variables?.(own) ?? {},
      tokens.get(row.role),
    );
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    const result = valueAt(response.data, row.resultPath);
    if (row.expected === 'allowed') {
      expect(response.errors).toBeUndefined();
      expect(result).toBeDefined();
      expect(result).not.toBeNull();
    } else {
      // A leak is any data, or any answer but FORBIDDEN, for a role the matrix denies.
      expect(codes).toEqual(['FORBIDDEN']);
      expect(result ?? null).toBeNull();
    }
  });
});
