import { CrmError } from '@crm/errors';
import {
  assertClosing,
  assertOpenForLineItems,
  assertReopening,
  assertStageMove,
  DEFAULT_PROBABILITY,
  initialStage,
  isOpenStage,
  OPEN_STAGES,
  probabilityFor,
} from '../opportunity-stage';

describe('opportunity stages', () => {
  it('use the default probabilities of DESIGN §3', () => {
    expect(DEFAULT_PROBABILITY).toEqual({
      PROSPECTING: 10,
      QUALIFICATION: 20,
      NEEDS_ANALYSIS: 40,
      PROPOSAL: 60,
      NEGOTIATION: 80,
      CLOSED_WON: 100,
      CLOSED_LOST: 0,
    });
  });

  it('start open, in PROSPECTING unless told otherwise', () => {
    expect(initialStage(undefined, 'stage')).toBe('PROSPECTING');
    expect(initialStage('PROPOSAL', 'stage')).toBe('PROPOSAL');
    expect(() => initialStage('CLOSED_WON', 'input.stage')).toThrow(/^input\.stage: .*open stage/);
    expect(isOpenStage('CLOSED_LOST')).toBe(false);
  });

  it('take the stage probability unless overridden within 0..100', () => {
    expect(probabilityFor('NEGOTIATION', null, 'p')).toBe(80);
    expect(probabilityFor('NEGOTIATION', 65, 'p')).toBe(65);
    expect(() => probabilityFor('NEGOTIATION', 101, 'input.probability')).toThrow(CrmError);
    expect(() => probabilityFor('NEGOTIATION', 5.5, 'input.probability')).toThrow(/whole percentage/);
  });
});

describe('stage rules', () => {
  const fieldOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return { field: (error as CrmError).field, message: (error as CrmError).message };
    }
    return null;
  };

  it('list the open stages in sales order', () => {
    expect(OPEN_STAGES).toEqual([
      'PROSPECTING',
      'QUALIFICATION',
      'NEEDS_ANALYSIS',
      'PROPOSAL',
      'NEGOTIATION',
    ]);
  });

  it.each([
    ['PROSPECTING', 'NEGOTIATION'],
    ['QUALIFICATION', 'NEEDS_ANALYSIS'],
    ['NEGOTIATION', 'QUALIFICATION'],
    ['PROPOSAL', 'PROSPECTING'],
  ] as const)('let an open deal move from %s to %s', (from, to) => {
    expect(() => assertStageMove(from, to, 'stage')).not.toThrow();
  });

  it('refuse closing by a stage move, a move to the same stage, and any move of a closed deal', () => {
    expect(fieldOf(() => assertStageMove('PROPOSAL', 'CLOSED_WON', 'stage'))).toEqual({
      field: 'stage',
      message: expect.stringMatching(/CLOSED_WON closes the deal \(now PROPOSAL\): use winOpportunity/),
    });
    expect(fieldOf(() => assertStageMove('PROPOSAL', 'CLOSED_LOST', 'stage'))?.message).toMatch(
      /loseOpportunity/,
    );
    expect(fieldOf(() => assertStageMove('PROPOSAL', 'PROPOSAL', 'stage'))?.message).toMatch(
      /already in PROPOSAL/,
    );
    expect(fieldOf(() => assertStageMove('CLOSED_LOST', 'PROSPECTING', 'input.stage'))).toEqual({
      field: 'input.stage',
      message: expect.stringMatching(
        /is CLOSED_LOST and cannot move to PROSPECTING; reopen it with reopenOpportunity/,
      ),
    });
  });

  it('close open deals, a lost one only with a reason', () => {
    const fields = { stage: 'id', reason: 'reason' };
    expect(assertClosing('NEGOTIATION', 'CLOSED_WON', undefined, fields)).toBeNull();
    expect(assertClosing('NEGOTIATION', 'CLOSED_WON', ' Best fit ', fields)).toBe('Best fit');
    expect(assertClosing('PROSPECTING', 'CLOSED_LOST', 'Budget cut', fields)).toBe('Budget cut');
    expect(fieldOf(() => assertClosing('PROPOSAL', 'CLOSED_LOST', '  ', fields))?.field).toBe('reason');
    expect(fieldOf(() => assertClosing('PROPOSAL', 'CLOSED_LOST', 'x'.repeat(501), fields))?.field).toBe(
      'reason',
    );
    expect(fieldOf(() => assertClosing('CLOSED_WON', 'CLOSED_LOST', 'Changed mind', fields))).toEqual({
      field: 'id',
      message: expect.stringMatching(/already CLOSED_WON and cannot move to CLOSED_LOST; reopen it/),
    });
  });

  it('reopen only closed deals, into an open stage, with a reason', () => {
    const fields = { stage: 'stage', reason: 'reason' };
    expect(assertReopening('CLOSED_LOST', 'NEGOTIATION', 'They called back', fields)).toBe(
      'They called back',
    );
    expect(fieldOf(() => assertReopening('PROPOSAL', 'NEGOTIATION', 'x', fields))?.message).toMatch(
      /still open/,
    );
    expect(fieldOf(() => assertReopening('CLOSED_LOST', 'CLOSED_WON', 'x', fields))?.field).toBe('stage');
    expect(fieldOf(() => assertReopening('CLOSED_WON', 'PROPOSAL', '', fields))?.field).toBe('reason');
  });
});

describe('line items of a deal', () => {
  it('change only while the deal is open', () => {
    expect(() => assertOpenForLineItems('PROPOSAL', 'input.opportunityId')).not.toThrow();
    expect(() => assertOpenForLineItems('CLOSED_WON', 'input.opportunityId')).toThrow(
      /^input\.opportunityId: the deal is CLOSED_WON: reopen it/,
    );
  });
});
