import { randomUUID } from 'node:crypto';
import {
  DEMO_ADMIN,
  EventProbe,
  startPlatform,
  tokenFor,
  waitFor,
  type TestPlatform,
} from '@crm/platform-testing';
import { createKnownCustomer, dataOf, eventOn, gatewayOf, problemOf } from './knowledge-base-kit';

const FEEDBACK = `id body category receivedAt customer { id } ticket { id } recordedBy { id }`;
const RECORD = `mutation ($input: RecordFeedbackInput!) { recordFeedback(input: $input) { ${FEEDBACK} } }`;
const LIST = `query ($filter: FeedbackFilter, $first: Int, $after: String) {
  feedback(filter: $filter, first: $first, after: $after) { edges { node { id body category } } pageInfo { hasNextPage endCursor } }
}`;
const OF_CUSTOMER = `query ($id: ID!) { customer(id: $id) { feedback { edges { node { id body } } } } }`;

interface Feedback {
  id: string;
  body: string;
  category: string;
  receivedAt: string;
  customer: { id: string };
  ticket: { id: string } | null;
  recordedBy: { id: string } | null;
}
type Listed = {
  feedback: {
    edges: { node: { id: string; body: string; category: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};
type OfCustomer = { customer: { feedback: { edges: { node: { id: string; body: string } }[] } } };

describe('feedback through the gateway', () => {
  let platform: TestPlatform;
  let probe: EventProbe;
  let admin: string;
  let rep: string;
  const repId = randomUUID();
  const send = gatewayOf(() => platform);
  const record = async (input: Record<string, unknown>, token = rep) =>
    dataOf(await send<{ recordFeedback: Feedback }>(token, RECORD, { input })).recordFeedback;
  const list = async (filter: Record<string, unknown>, token = rep, page: Record<string, unknown> = {}) =>
    dataOf(await send<Listed>(token, LIST, { filter, ...page })).feedback;
  const feedbackOf = async (customerId: string) =>
    dataOf(await send<OfCustomer>(admin, OF_CUSTOMER, { id: customerId })).customer.feedback.edges.map(
      (edge) => edge.node,
    );

  beforeAll(async () => {
    platform = await startPlatform();
    probe = await EventProbe.start(['crm.service.feedback.v1']);
    admin = await tokenFor();
    rep = await tokenFor({ ...DEMO_ADMIN, userId: repId, roles: ['SALES_REP'], teamId: null });
  });
  afterAll(async () => {
    await probe?.stop();
    await platform?.stop();
  });

  it('records a suggestion by a sales rep and publishes feedback.recorded without the text', async () => {
    const customerId = await createKnownCustomer(platform, admin, 'Feedback GmbH');
    const feedback = await record({ customerId, category: 'SUGGESTION', body: '  Please add dark mode ' });
    expect(feedback).toMatchObject({
      body: 'Please add dark mode',
      category: 'SUGGESTION',
      customer: { id: customerId },
      ticket: null,
      recordedBy: { id: repId },
    });
    const event = await eventOn(probe, 'crm.service.feedback.recorded', feedback.id);
    expect(event.data).toEqual({
      feedbackId: feedback.id,
      customerId,
      contactId: null,
      ticketId: null,
      category: 'SUGGESTION',
      receivedAt: feedback.receivedAt,
      recordedBy: repId,
    });
    expect(JSON.stringify(event)).not.toMatch(/dark mode/);
  });

  it('lists feedback by category and period, newest first, page by page', async () => {
    const customerId = await createKnownCustomer(platform, admin, 'Period AG');
    const at = (day: number) => new Date(Date.UTC(2025, 0, day, 12)).toISOString();
    const january = [
      await record({ customerId, category: 'PRAISE', body: 'Great support', receivedAt: at(3) }),
      await record({ customerId, category: 'SUGGESTION', body: 'Export to CSV', receivedAt: at(10) }),
      await record({ customerId, category: 'PRAISE', body: 'Fast delivery', receivedAt: at(20) }),
    ];
    await record({ customerId, category: 'PRAISE', body: 'Still great', receivedAt: at(40) });
    const period = { customerId, from: at(1), to: at(32) };
    const praise = await list({ ...period, category: 'PRAISE' });
    expect(praise.edges.map((edge) => edge.node.body)).toEqual(['Fast delivery', 'Great support']);
    const firstPage = await list(period, rep, { first: 2 });
    expect(firstPage.edges.map((edge) => edge.node.id)).toEqual([january[2].id, january[1].id]);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const nextPage = await list(period, rep, { first: 2, after: firstPage.pageInfo.endCursor });
    expect(nextPage.edges.map((edge) => edge.node.id)).toEqual([january[0].id]);
    expect((await feedbackOf(customerId)).map((node) => node.body)).toEqual([
      'Still great',
      'Fast delivery',
      'Export to CSV',
      'Great support',
    ]);
  });

  it('reports bad input with its field path', async () => {
    const customerId = await createKnownCustomer(platform, admin, 'Bad Input SA');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ customerId, category: 'PRAISE', body: '   ' }, 'input.body', 'BAD_USER_INPUT'],
      [{ customerId: 'nope', category: 'PRAISE', body: 'x' }, 'input.customerId', 'BAD_USER_INPUT'],
      [
        { customerId, category: 'PRAISE', body: 'x', receivedAt: future },
        'input.receivedAt',
        'BAD_USER_INPUT',
      ],
      [{ customerId, category: 'PRAISE', body: 'x', ticketId: 'nope' }, 'input.ticketId', 'BAD_USER_INPUT'],
      [{ customerId, category: 'PRAISE', body: 'x', ticketId: randomUUID() }, 'input.ticketId', 'NOT_FOUND'],
    ];
    for (const [input, field, code] of cases)
      expect(problemOf(await send(rep, RECORD, { input }))).toMatchObject({ field, code });
    const backwards = problemOf(
      await send(rep, LIST, { filter: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } }),
    );
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const unknown = problemOf(
      await send(rep, RECORD, { input: { customerId: randomUUID(), category: 'PRAISE', body: 'x' } }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'input.customerId' });
    const analyst = await tokenFor({ ...DEMO_ADMIN, userId: randomUUID(), roles: ['ANALYST'], teamId: null });
    expect(
      problemOf(await send(analyst, RECORD, { input: { customerId, category: 'PRAISE', body: 'x' } })).code,
    ).toBe('FORBIDDEN');
  });

  it('follows customer.merged: the merged customer’s feedback moves to the survivor', async () => {
    const survivor = await createKnownCustomer(platform, admin, 'Survivor Ltd');
    const duplicate = await createKnownCustomer(platform, admin, 'Survivor Limited');
    const moved = await record({ customerId: duplicate, category: 'PRAISE', body: 'Lovely team' });
    dataOf(
      await send(
        admin,
        `mutation ($survivorId: ID!, $mergedIds: [ID!]!) { mergeCustomers(survivorId: $survivorId, mergedIds: $mergedIds) { id } }`,
        {
          survivorId: survivor,
          mergedIds: [duplicate],
        },
      ),
    );
    await waitFor(async () =>
      expect((await feedbackOf(survivor)).map((node) => node.id)).toEqual([moved.id]),
    );
    const refused = problemOf(
      await send(rep, RECORD, { input: { customerId: duplicate, category: 'PRAISE', body: 'x' } }),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
  });

  it('follows customer.erased: the feedback text goes, in the service and in the audit trail', async () => {
    const erasable = await createKnownCustomer(platform, admin, 'Erasable GmbH');
    const feedback = await record({
      customerId: erasable,
      category: 'SUGGESTION',
      body: 'Call Jane on 0170 1234',
    });
    dataOf(await send(admin, `mutation ($id: ID!) { eraseCustomer(id: $id) { id } }`, { id: erasable }));
    await waitFor(async () =>
      expect(await feedbackOf(erasable)).toEqual([{ id: feedback.id, body: '[erased]' }]),
    );
    const trail = await waitFor(async () => {
      const response = await send<{ auditTrail: { edges: { node: { action: string } }[] } }>(
        admin,
        `query ($id: ID!) { auditTrail(entityType: "Feedback", entityId: $id) { edges { node { action changes { field after } } } } }`,
        { id: feedback.id },
      );
      const actions = dataOf(response).auditTrail.edges.map((edge) => edge.node.action);
      expect(actions).toEqual(['eraseFeedbackText', 'recordFeedback']);
      return response;
    });
    expect(JSON.stringify(trail)).not.toMatch(/Jane/);
    const refused = problemOf(
      await send(rep, RECORD, { input: { customerId: erasable, category: 'PRAISE', body: 'x' } }),
    );
    expect(refused.code).toBe('CONFLICT');
  });
});
