import { faker } from '@faker-js/faker';
import { SingleBar, Presets } from 'cli-progress';
import { clientFor, type Send } from './demo-client';
import { loadDemoSalesFlow } from './demo-sales-flow';
import { createSupportTeam, loadDemoSupport } from './demo-support';
import { loadDemoSla } from './demo-sla';
import { loadDemoSurveys } from './demo-surveys';
import { loadDemoKnowledge } from './demo-knowledge';
import { loadDemoSegments } from './demo-segments';
import { loadDemoCampaigns } from './demo-campaigns';
import { loadDemoLoyalty } from './demo-loyalty';
import { loadDemoMessages } from './demo-messages';
import { loadDemoJourneys } from './demo-journeys';
import { loadDemoNotifications } from './demo-notifications';

/** One demo user per role; each logs in with DEMO_PASSWORD (README). */
const DEMO_USERS = [
  ['Ada Admin', 'ADMIN'],
  ['Sam Sales-Manager', 'SALES_MANAGER'],
  ['Rita Rep', 'SALES_REP'],
  ['Sven Support-Manager', 'SUPPORT_MANAGER'],
  ['Alex Agent', 'SUPPORT_AGENT'],
  ['Mia Marketer', 'MARKETER'],
  ['Nico Analyst', 'ANALYST'],
  ['Rob Read-Only', 'READ_ONLY'],
] as const;

export const DEMO_PASSWORD = 'demo-password-2026';

/** `Ada Admin` logs in as ada@demo.crm.example. */
const demoEmailOf = (name: string) => `${name.split(' ')[0].toLowerCase()}@demo.crm.example`;

const CUSTOMERS = 25;
const STAGES = ['PROSPECTING', 'QUALIFICATION', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION'];

/** Sales learns customers from events, so its first write for a new customer may wait for it (up to 30 s). */
async function retryWhileCustomerUnknown<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt > 300 || !String(error).includes('does not exist')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A user per role, all with DEMO_PASSWORD, and a "Sales" team managed by Sam with Rita in it, so
 * Sam's token reaches Rita's records. Returns the user ids in DEMO_USERS order.
 */
async function createDemoUsers(send: Send): Promise<string[]> {
  const userIds: string[] = [];
  for (const [name, role] of DEMO_USERS) {
    const created = (await send('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { name, email: demoEmailOf(name), roles: [role], password: DEMO_PASSWORD },
    })) as { createUser: { id: string } };
    userIds.push(created.createUser.id);
  }
  const [, samId, ritaId] = userIds;
  const team = (await send('mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }', {
    input: { name: 'Sales', managerId: samId },
  })) as { createTeam: { id: string } };
  await send(
    'mutation ($userId: ID!, $teamId: ID) { assignUserToTeam(userId: $userId, teamId: $teamId) { id } }',
    {
      userId: ritaId,
      teamId: team.createTeam.id,
    },
  );
  return userIds;
}

/** Fills an empty platform through the gateway, so demo data flows through events like real data. */
export async function loadDemoData(
  gatewayUrl: string,
  token: string,
  log: (message: string) => void,
): Promise<void> {
  const send = clientFor(gatewayUrl, token);
  const existing = (await send('{ customers(first: 1) { edges { node { id } } } }')) as {
    customers: { edges: unknown[] };
  };
  if (existing.customers.edges.length > 0) return log('demo data already loaded');
  faker.seed(2026);
  log(
    `loading demo data: users (password ${DEMO_PASSWORD}), the Sales and Support teams, customers, opportunities and interactions`,
  );
  const userIds = await createDemoUsers(send);
  // Sven manages Support, Alex works its queue (without a team an agent has no queue: FORBIDDEN).
  const supportQueueId = await createSupportTeam(send, userIds[3], userIds[4]);
  const progress = new SingleBar(
    { format: '[start] customers {bar} {value}/{total}' },
    Presets.shades_classic,
  );
  progress.start(CUSTOMERS, 0);
  const customerIds: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const isCompany = i % 3 !== 0;
    const created = (await send(
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: {
          kind: isCompany ? 'COMPANY' : 'PERSON',
          name: isCompany ? faker.company.name() : faker.person.fullName(),
          email: faker.internet.email().toLowerCase(),
          ownerId: faker.helpers.arrayElement(userIds.slice(1, 3)),
        },
      },
    )) as { createCustomer: { id: string } };
    customerIds.push(created.createCustomer.id);
    for (let deal = 0; deal < faker.number.int({ min: 0, max: 3 }); deal++) {
      await retryWhileCustomerUnknown(() =>
        send('mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', {
          input: {
            customerId: created.createCustomer.id,
            name: `${faker.commerce.productName()} deal`,
            amount: faker.finance.amount({ min: 1_000, max: 250_000, dec: 2 }),
            currency: faker.helpers.arrayElement(['EUR', 'USD']),
            stage: faker.helpers.arrayElement(STAGES),
          },
        }),
      );
    }
    for (let touch = 0; touch < faker.number.int({ min: 0, max: 3 }); touch++) {
      await send('mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }', {
        input: {
          customerId: created.createCustomer.id,
          type: faker.helpers.arrayElement(['CALL', 'EMAIL', 'MEETING', 'VISIT']),
          direction: faker.helpers.arrayElement(['INBOUND', 'OUTBOUND']),
          occurredAt: faker.date.recent({ days: 90 }).toISOString(),
          durationMinutes: faker.number.int({ min: 5, max: 90 }),
          summary: faker.lorem.sentence(),
          outcome: faker.helpers.arrayElement(['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'FOLLOW_UP_REQUIRED']),
        },
      });
    }
    progress.increment();
  }
  progress.stop();
  log('loading demo sales flow: products, leads, a deal taken to a paid order, an agenda and a quota');
  await loadDemoSalesFlow(send, userIds[2]);
  log('loading demo support desk: the Support queue with Alex, tickets in every status, a closed complaint');
  await loadDemoSupport(send, supportQueueId, userIds[4], customerIds);
  await loadDemoSla(send, log);
  await loadDemoSurveys(gatewayUrl, send, userIds[4], log);
  log('loading the demo knowledge base: categories and articles in English and Chinese, in every status');
  await loadDemoKnowledge(send);
  await loadDemoSegments(send, customerIds, log);
  await loadDemoCampaigns(send, customerIds, userIds[2], log);
  await loadDemoLoyalty(send, customerIds, log);
  const welcomeTemplateId = await loadDemoMessages(send, customerIds, log);
  await loadDemoJourneys(send, welcomeTemplateId, log);
  await loadDemoNotifications(send, userIds[2], log);
}
