import { CrmError } from '@crm/errors';
import { DEFAULT_PROBABILITY, initialStage, isOpenStage, probabilityFor } from '../opportunity-stage';

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
