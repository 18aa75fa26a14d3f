import type { Caller } from '@crm/auth';
import type { Role } from '@crm/permissions';
import { TIMELINE_KINDS } from '../timeline-kind';
import { TIMELINE_KIND_GRANTS, TIMELINE_MAPPINGS } from '../timeline-mappings';
import { timelineReachOf } from '../timeline-reach';

const ME = '0194c1d0-0000-7000-8000-00000000000a';
const REPORT = '0194c1d0-0000-7000-8000-00000000000b';
const callerOf = (roles: Role[], managedUserIds: string[] = []): Caller => ({
  userId: ME,
  roles,
  teamId: null,
  managedUserIds,
});
const CUSTOMER_KINDS = ['CUSTOMER_CREATED', 'CUSTOMER_MERGED', 'LIFECYCLE_CHANGED', 'INTERACTION'];
const DEAL_AND_ORDER_KINDS = [
  'OPPORTUNITY_CREATED',
  'OPPORTUNITY_WON',
  'OPPORTUNITY_LOST',
  'ORDER_PLACED',
  'PAYMENT_RECEIVED',
];

describe('timeline grants', () => {
  it('reads every kind with the grant of its record, the same for every event of a kind', () => {
    expect(Object.keys(TIMELINE_KIND_GRANTS).sort()).toEqual([...TIMELINE_KINDS].sort());
    for (const mapping of Object.values(TIMELINE_MAPPINGS))
      expect(mapping.readWith).toBe(TIMELINE_KIND_GRANTS[mapping.kind]);
    expect(TIMELINE_KIND_GRANTS).toMatchObject({
      INTERACTION: 'customer:read',
      OPPORTUNITY_WON: 'opportunity:read',
      ORDER_PLACED: 'order:read',
      PAYMENT_RECEIVED: 'order:read',
    });
  });
});

describe('timelineReachOf', () => {
  it('shows a marketer only the entries about the customer itself', () => {
    expect(timelineReachOf(callerOf(['MARKETER']))).toEqual([{ kinds: CUSTOMER_KINDS, ownerIds: null }]);
  });

  it('shows a rep their own deals and orders, a manager their team’s', () => {
    expect(timelineReachOf(callerOf(['SALES_REP']))).toEqual([
      { kinds: CUSTOMER_KINDS, ownerIds: null },
      { kinds: DEAL_AND_ORDER_KINDS, ownerIds: [ME] },
    ]);
    expect(timelineReachOf(callerOf(['SALES_MANAGER'], [REPORT]))[1]).toEqual({
      kinds: DEAL_AND_ORDER_KINDS,
      ownerIds: [ME, REPORT],
    });
  });

  it('shows every entry to callers who read every deal and order', () => {
    expect(timelineReachOf(callerOf(['ANALYST']))).toEqual([{ kinds: TIMELINE_KINDS, ownerIds: null }]);
  });

  it('keeps to the kinds asked, and to none the caller may not see', () => {
    expect(timelineReachOf(callerOf(['SALES_REP']), ['PAYMENT_RECEIVED'])).toEqual([
      { kinds: ['PAYMENT_RECEIVED'], ownerIds: [ME] },
    ]);
    expect(timelineReachOf(callerOf(['MARKETER']), ['OPPORTUNITY_WON'])).toEqual([]);
    expect(timelineReachOf(callerOf(['READ_ONLY'], []), [])).toHaveLength(1);
  });
});
