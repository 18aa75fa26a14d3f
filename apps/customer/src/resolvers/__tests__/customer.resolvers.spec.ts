import type { Caller } from '@crm/auth';
import type { RequestContext } from '@crm/subgraph-kit';
import type { CustomerLoaders } from '../../customer-loaders';
import { Customer } from '../../data/customer.entity';
import { customerResolvers } from '../customer.resolvers';

const REP = '0194c1d0-0000-7000-8000-00000000000a';
const OTHER_REP = '0194c1d0-0000-7000-8000-00000000000b';

const customer = Object.assign(new Customer(), {
  id: '0194c1d0-0000-7000-8000-0000000000c1',
  name: 'Acme',
  email: 'ada@acme.example',
  phone: '+33612345678',
  ownerId: REP,
});

function contextOf(roles: string[], userId = REP): RequestContext<CustomerLoaders> {
  const caller: Caller = { userId, roles, teamId: null, managedUserIds: [] };
  const loaders = { customerById: { load: async () => customer } } as unknown as CustomerLoaders;
  return { service: 'customer', caller, loaders, dataSource: undefined as never, correlationId: 'test' };
}

type Field = (parent: unknown, args: unknown, context: unknown) => unknown;
const fields = customerResolvers.Customer as unknown as Record<string, Field>;
const resolveReference = fields.__resolveReference as unknown as (ref: unknown, context: unknown) => unknown;

describe('Customer resolvers', () => {
  it('resolves a reference to a customer the caller may see', async () => {
    await expect(resolveReference({ id: customer.id }, contextOf(['SALES_REP']))).resolves.toBe(customer);
    await expect(resolveReference({ id: customer.id }, contextOf(['ANALYST'], OTHER_REP))).resolves.toBe(
      customer,
    );
  });

  it('resolves a reference to another rep’s customer to null, so it cannot leak', async () => {
    await expect(
      resolveReference({ id: customer.id }, contextOf(['SALES_REP'], OTHER_REP)),
    ).resolves.toBeNull();
  });

  it('masks contact details for roles without PII rights', () => {
    expect(fields.email(customer, {}, contextOf(['ANALYST']))).toBe('••••');
    expect(fields.phone(customer, {}, contextOf(['READ_ONLY']))).toBe('••••');
    expect(fields.email(customer, {}, contextOf(['SALES_REP']))).toBe('ada@acme.example');
    expect(fields.phone({ ...customer, phone: null }, {}, contextOf(['ANALYST']))).toBeNull();
  });
});
