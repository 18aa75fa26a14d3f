import type { Caller } from '@crm/auth';
import type { RequestContext } from '@crm/subgraph-kit';
import { Opportunity } from '../../data/opportunity.entity';
import type { SalesLoaders } from '../../sales-loaders';
import { customerResolvers } from '../customer.resolvers';
import { opportunityResolvers } from '../opportunity.resolvers';

const REP = '0194c1d0-0000-7000-8000-00000000000a';
const OTHER_REP = '0194c1d0-0000-7000-8000-00000000000b';
const MANAGER = '0194c1d0-0000-7000-8000-00000000000c';

const deal = Object.assign(new Opportunity(), { id: '0194c1d0-0000-7000-8000-0000000000d1', ownerId: REP });

function contextOf(caller: Partial<Caller>, loads: jest.Mock = jest.fn()): RequestContext<SalesLoaders> {
  const loaders = {
    opportunityById: { load: async () => deal },
    opportunitiesOfCustomer: { load: loads },
  } as unknown as SalesLoaders;
  return {
    service: 'sales',
    caller: { userId: REP, roles: [], teamId: null, managedUserIds: [], ...caller },
    loaders,
    dataSource: undefined as never,
    correlationId: 'test',
  };
}

const resolveReference = (opportunityResolvers.Opportunity as Record<string, unknown>).__resolveReference as (
  reference: unknown,
  context: unknown,
) => Promise<unknown>;
const opportunities = (customerResolvers.Customer as Record<string, unknown>).opportunities as (
  parent: unknown,
  args: unknown,
  context: unknown,
) => unknown;

describe('Opportunity.__resolveReference', () => {
  it('resolves the caller’s own deal and a team member’s deal for their manager', async () => {
    await expect(resolveReference({ id: deal.id }, contextOf({ roles: ['SALES_REP'] }))).resolves.toBe(deal);
    const manager = contextOf({ userId: MANAGER, roles: ['SALES_MANAGER'], managedUserIds: [REP] });
    await expect(resolveReference({ id: deal.id }, manager)).resolves.toBe(deal);
  });

  it('resolves another rep’s deal to null', async () => {
    const other = contextOf({ userId: OTHER_REP, roles: ['SALES_REP'] });
    await expect(resolveReference({ id: deal.id }, other)).resolves.toBeNull();
  });
});

describe('Customer.opportunities', () => {
  it.each([
    [{ roles: ['SALES_REP'] }, [REP]],
    [{ userId: MANAGER, roles: ['SALES_MANAGER'], managedUserIds: [REP] }, [MANAGER, REP]],
    [{ roles: ['ANALYST'] }, null],
  ])('asks the loader only for deals the caller may see (%j)', (caller, ownerIds) => {
    const loads = jest.fn();
    opportunities({ id: 'c1' }, { first: 5 }, contextOf(caller, loads));
    expect(loads).toHaveBeenCalledWith({ parentId: 'c1', first: 5, ownerIds, filter: null });
  });

  it('passes a stage filter on to the batched loader', () => {
    const loads = jest.fn();
    opportunities({ id: 'c1' }, { first: 5, stage: 'PROPOSAL' }, contextOf({ roles: ['SALES_REP'] }, loads));
    expect(loads).toHaveBeenCalledWith({
      parentId: 'c1',
      first: 5,
      ownerIds: [REP],
      filter: { stage: ['PROPOSAL'] },
    });
  });

  it('refuses roles without opportunity:read', () => {
    expect(() => opportunities({ id: 'c1' }, {}, contextOf({ roles: ['SUPPORT_AGENT'] }))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
