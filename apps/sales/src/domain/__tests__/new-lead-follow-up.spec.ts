import { parseNewLeadFollowUp } from '../new-lead-follow-up';

const now = new Date('2026-11-24T12:00:00.000Z');

describe('new lead follow-up', () => {
  it('defaults the time to now and trims the note', () => {
    expect(parseNewLeadFollowUp({ type: 'CALL', note: '  left a voicemail ' }, now)).toEqual({
      type: 'CALL',
      note: 'left a voicemail',
      at: now,
    });
  });

  it('refuses unknown types and touches in the future, with the field', () => {
    expect(() => parseNewLeadFollowUp({ type: 'FAX' }, now)).toThrow(/^input\.type: must be one of CALL/);
    expect(() => parseNewLeadFollowUp({ type: 'CALL', at: '2026-11-25T12:00:00Z' }, now)).toThrow(
      /^input\.at: must not be in the future/,
    );
    expect(parseNewLeadFollowUp({ type: 'MEETING', at: '2026-11-24T12:03:00Z' }, now).at.toISOString()).toBe(
      '2026-11-24T12:03:00.000Z',
    );
  });
});
