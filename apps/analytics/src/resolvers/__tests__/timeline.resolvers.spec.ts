import type { Caller } from '@crm/auth';
import type { RequestContext } from '@crm/subgraph-kit';
import type { AnalyticsLoaders } from '../../analytics-loaders';
import type { CustomerFact } from '../../data/customer-fact.entity';
import { timelineResolvers } from '../timeline.resolvers';

const REP = '0194c1d0-0000-7000-8000-00000000000a';
const OTHER_REP = '0194c1d0-0000-7000-8000-00000000000b';
const CUSTOMER = { id: '0194c1d0-0000-7000-8000-0000000000c1' };
const PAGE = { edges: [{ cursor: 'c', node: { id: 'entry' } }], pageInfo: {} };

function contextOf(roles: string[], userId: string, fact: Partial<CustomerFact> | null) {
  const caller: Caller = { userId, roles, teamId: null, managedUserIds: [] };
  const timelineOfCustomer = { load: jest.fn(async () => PAGE) };
  const loaders = {
    customerFact: { load: async () => fact },
    timelineOfCustomer,
  } as unknown as AnalyticsLoaders;
  const context: RequestContext<AnalyticsLoaders> = {
    service: 'analytics',
    caller,
    loaders,
    dataSource: undefined as never,
    correlationId: 'test',
  };
  return { context, timelineOfCustomer };
}

type Field = (parent: unknown, args: unknown, context: unknown) => Promise<unknown>;
const timeline = (timelineResolvers.Customer as unknown as Record<string, Field>).timeline;

describe('Customer.timeline access', () => {
  it('shows the owner their customer’s timeline, of the kinds asked', async () => {
    const { context, timelineOfCustomer } = contextOf(['SALES_REP'], REP, { ownerId: REP });
    await expect(timeline(CUSTOMER, { first: 5, kinds: ['INTERACTION'] }, context)).resolves.toBe(PAGE);
    expect(timelineOfCustomer.load).toHaveBeenCalledWith({
      parentId: CUSTOMER.id,
      first: 5,
      after: undefined,
      filter: { kind: ['INTERACTION'] },
    });
  });

  it('shows another rep’s customer, or one analytics has not heard of, as empty to a rep', async () => {
    for (const fact of [{ ownerId: OTHER_REP }, null]) {
      const { context, timelineOfCustomer } = contextOf(['SALES_REP'], REP, fact);
      const page = (await timeline(CUSTOMER, {}, context)) as { edges: unknown[] };
      expect(page.edges).toEqual([]);
      expect(timelineOfCustomer.load).not.toHaveBeenCalled();
    }
  });

  it('shows any customer to a caller who reads every customer', async () => {
    const { context } = contextOf(['SUPPORT_AGENT'], REP, null);
    await expect(timeline(CUSTOMER, {}, context)).resolves.toBe(PAGE);
  });

  it('refuses a caller without customer:read', async () => {
    const { context } = contextOf([], REP, { ownerId: REP });
    expect(() => timeline(CUSTOMER, {}, context)).toThrow(/do not grant customer:read/);
  });
});
