import { CrmError } from '@crm/errors';
import { parseMemberParties } from '../new-members';

const A = '01950c90-2222-7000-8000-000000000002';
const B = '01950c90-3333-7000-8000-000000000003';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmError);
    return (error as CrmError).field;
  }
  throw new Error('expected a CrmError');
};

describe('parseMemberParties', () => {
  it('takes one party per member and drops repeats', () => {
    expect(parseMemberParties([{ customerId: A }, { leadId: A }, { customerId: A.toUpperCase() }])).toEqual([
      { customerId: A, contactId: null, leadId: null },
      { customerId: null, contactId: null, leadId: A },
    ]);
  });

  it('refuses a member with none or several parties, or a bad id, on its index', () => {
    expect(fieldOf(() => parseMemberParties([{ customerId: A }, {}]))).toBe('members.1');
    expect(fieldOf(() => parseMemberParties([{ customerId: A, contactId: B }]))).toBe('members.0');
    expect(fieldOf(() => parseMemberParties([{ contactId: 'x' }]))).toBe('members.0.contactId');
  });

  it('takes 1 to 1000 members per call', () => {
    expect(fieldOf(() => parseMemberParties([]))).toBe('members');
    expect(fieldOf(() => parseMemberParties(Array.from({ length: 1001 }, () => ({ customerId: A }))))).toBe(
      'members',
    );
    expect(parseMemberParties(Array.from({ length: 1000 }, () => ({ customerId: B })))).toHaveLength(1);
  });
});
