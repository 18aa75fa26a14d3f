import { buildEvent, SYSTEM_ACTOR } from '@crm/events';
import { graphqlRequest, startPlatform, tokenFor, waitFor, type TestPlatform } from '@crm/platform-testing';
import { publishFromCustomerService } from './support/customer-service-events';

/**
 * Issue 5 §8 for leads: a converted lead holds its customer's id and the person's details, so
 * customer.merged re-points it and customer.erased anonymises it. The events are real: they go
 * through the customer service's outbox, Kafka and sales' consumer.
 */
const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`;
const FOLLOW_UP = `mutation ($id: ID!) { logLeadFollowUp(leadId: $id, input: { type: CALL }) { id } }`;
const QUALIFY = `mutation ($id: ID!) { qualifyLead(id: $id) { id } }`;
const CONVERT = `mutation ($id: ID!) { convertLead(id: $id) { customerId } }`;

describe('converted leads follow merges and erasures of their customer', () => {
  let platform: TestPlatform;
  let token: string;

  const send = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await graphqlRequest<T>(platform.gatewayUrl, query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  async function convertedLead(
    input: Record<string, unknown>,
  ): Promise<{ leadId: string; customerId: string }> {
    const { createLead } = await send<{ createLead: { id: string } }>(CREATE_LEAD, {
      input: { firstName: 'Erin', lastName: 'Example', source: 'REFERRAL', ...input },
    });
    await send(FOLLOW_UP, { id: createLead.id });
    await send(QUALIFY, { id: createLead.id });
    const { convertLead } = await send<{ convertLead: { customerId: string } }>(CONVERT, {
      id: createLead.id,
    });
    return { leadId: createLead.id, customerId: convertLead.customerId };
  }
  const leadRow = async (id: string) =>
    (
      await platform.subgraphs.sales.dataSource.query(
        'SELECT converted_customer_id, first_name, last_name, email, phone, job_title, score_breakdown FROM leads WHERE id = $1',
        [id],
      )
    )[0];

  beforeAll(async () => {
    platform = await startPlatform();
    token = await tokenFor();
  });
  afterAll(() => platform?.stop());

  it('re-points the lead to the surviving customer, then anonymises it when that customer is erased', async () => {
    const merged = await convertedLead({ email: 'erin@example.com', phone: '+49301234567', jobTitle: 'CEO' });
    const survivor = await convertedLead({ companyName: 'Survivor AG' });

    await publishFromCustomerService(
      platform,
      buildEvent('crm.customer.customer.merged', {
        subject: survivor.customerId,
        actor: SYSTEM_ACTOR,
        data: {
          customerId: survivor.customerId,
          mergedCustomerIds: [merged.customerId],
          mergedAt: new Date().toISOString(),
        },
      }),
    );
    await waitFor(
      async () => expect((await leadRow(merged.leadId)).converted_customer_id).toBe(survivor.customerId),
      {
        timeoutMs: 40_000,
      },
    );

    await publishFromCustomerService(
      platform,
      buildEvent('crm.customer.customer.erased', {
        subject: survivor.customerId,
        actor: SYSTEM_ACTOR,
        data: { customerId: survivor.customerId, erasedAt: new Date().toISOString() },
      }),
    );
    await waitFor(
      async () =>
        expect(await leadRow(merged.leadId)).toEqual({
          converted_customer_id: survivor.customerId,
          first_name: 'Erased',
          last_name: 'customer',
          email: null,
          phone: null,
          job_title: null,
          score_breakdown: [],
        }),
      { timeoutMs: 40_000 },
    );
  });
});
