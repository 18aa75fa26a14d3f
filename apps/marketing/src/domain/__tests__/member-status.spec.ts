import { CrmError } from '@crm/errors';
import { assertMemberMove, canMoveMember, MEMBER_STATUSES, statusAfterResponse } from '../member-status';

describe('campaign member status', () => {
  it('moves forward one step or several', () => {
    for (let from = 0; from < MEMBER_STATUSES.length; from += 1) {
      for (let to = 0; to < MEMBER_STATUSES.length; to += 1) {
        expect(canMoveMember(MEMBER_STATUSES[from], MEMBER_STATUSES[to])).toBe(to > from);
      }
    }
  });

  it('refuses to go back or stay, on the field, saying where it can go', () => {
    expect.assertions(3);
    try {
      assertMemberMove('OPENED', 'SENT', 'status');
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe('status');
      expect((error as CrmError).message).toMatch(/from OPENED it can go to CLICKED, RESPONDED, CONVERTED/);
    }
  });

  it('calls CONVERTED final', () => {
    expect(() => assertMemberMove('CONVERTED', 'CONVERTED', 'status')).toThrow(/CONVERTED is final/);
  });

  it('moves a member to RESPONDED on a response unless it is there or further', () => {
    expect(statusAfterResponse('TARGETED')).toBe('RESPONDED');
    expect(statusAfterResponse('CLICKED')).toBe('RESPONDED');
    expect(statusAfterResponse('RESPONDED')).toBe('RESPONDED');
    expect(statusAfterResponse('CONVERTED')).toBe('CONVERTED');
  });
});
