import { faker } from '@faker-js/faker';
import type { Send } from './demo-client';

const PRODUCTS = [
  ['TEL-BOX', 'Telematics box', '249.90'],
  ['FLEET-SAAS', 'Fleet platform, yearly seat', '1200.00'],
  ['ONBOARD', 'Onboarding workshop', '3500.00'],
] as const;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
const dateOf = (date: Date) => date.toISOString().slice(0, 10);

async function createProducts(send: Send): Promise<void> {
  for (const [code, name, price] of PRODUCTS) {
    const { createProduct } = (await send(
      'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      { input: { code, name } },
    )) as { createProduct: { id: string } };
    for (const currency of ['EUR', 'USD'])
      await send('mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { id } }', {
        input: { productId: createProduct.id, currency, unitPrice: price },
      });
  }
}

/** Leads in every status; the qualified one is converted, which creates its customer through an event. */
async function createLeads(send: Send, ownerId: string): Promise<string> {
  const leadIds: string[] = [];
  for (let i = 0; i < 6; i++) {
    const { createLead } = (await send(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          firstName: faker.person.firstName(),
          lastName: faker.person.lastName(),
          companyName: faker.company.name(),
          email: faker.internet.email().toLowerCase(),
          jobTitle: faker.person.jobTitle(),
          source: faker.helpers.arrayElement(['WEB_FORM', 'REFERRAL', 'MANUAL']),
          ownerId,
        },
      },
    )) as { createLead: { id: string } };
    leadIds.push(createLead.id);
  }
  for (const leadId of leadIds.slice(0, 3))
    await send(
      'mutation ($id: ID!, $input: LogLeadFollowUpInput!) { logLeadFollowUp(leadId: $id, input: $input) { id } }',
      {
        id: leadId,
        input: { type: 'CALL', note: 'Intro call' },
      },
    );
  await send('mutation ($id: ID!) { qualifyLead(id: $id) { id } }', { id: leadIds[0] });
  const { convertLead } = (await send(
    'mutation ($id: ID!) { convertLead(id: $id, input: { createOpportunity: { name: "Fleet rollout", amount: "48000.00", currency: "EUR" } }) { opportunity { id } } }',
    { id: leadIds[0] },
  )) as { convertLead: { opportunity: { id: string } } };
  return convertLead.opportunity.id;
}

/** The converted lead's deal goes all the way to cash: won, contract, order, a first partial payment. */
async function closeDealToCash(send: Send, opportunityId: string): Promise<void> {
  await send(
    'mutation ($id: ID!) { winOpportunity(id: $id, version: 1, reason: "Best fit for the fleet") { id } }',
    {
      id: opportunityId,
    },
  );
  const { createContract } = (await send(
    'mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }',
    { input: { opportunityId, startDate: dateOf(new Date()), endDate: dateOf(daysFromNow(365)) } },
  )) as { createContract: { id: string } };
  await send('mutation ($id: ID!) { moveContract(input: { id: $id, version: 1, to: SIGNED }) { id } }', {
    id: createContract.id,
  });
  const { placeOrder } = (await send(
    'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
    { input: { contractId: createContract.id, dueDate: dateOf(daysFromNow(30)) } },
  )) as { placeOrder: { id: string } };
  await send('mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }', {
    input: {
      orderId: placeOrder.id,
      amount: '12000.00',
      currency: 'EUR',
      receivedAt: new Date().toISOString(),
    },
  });
}

async function scheduleAgenda(send: Send, opportunityId: string, ownerId: string): Promise<void> {
  const agenda = [
    ['CALL', 'Kick-off call with procurement', 1],
    ['MEETING', 'Onsite workshop', 7],
    ['TODO', 'Send the signed contract copy', -1],
  ] as const;
  for (const [type, subject, inDays] of agenda)
    await send('mutation ($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }', {
      input: { type, subject, dueAt: daysFromNow(inDays).toISOString(), opportunityId, ownerId },
    });
}

/**
 * The sales side of the demo: a product catalogue, leads (one converted), a deal taken to a paid
 * order, the rep's agenda and quota.
 */
export async function loadDemoSalesFlow(send: Send, repId: string): Promise<void> {
  await createProducts(send);
  const opportunityId = await createLeads(send, repId);
  await closeDealToCash(send, opportunityId);
  await scheduleAgenda(send, opportunityId, repId);
  const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
  await send('mutation ($input: SetQuotaInput!) { setQuota(input: $input) { id } }', {
    input: { userId: repId, period: quarter, amount: '150000.00', currency: 'EUR' },
  });
}
