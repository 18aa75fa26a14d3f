import { assertEditable, assertSurveyMove } from '../survey-status';

describe('survey lifecycle', () => {
  it('goes DRAFT → ACTIVE → RETIRED', () => {
    expect(() => assertSurveyMove('DRAFT', 'ACTIVE', 'id')).not.toThrow();
    expect(() => assertSurveyMove('ACTIVE', 'RETIRED', 'id')).not.toThrow();
  });

  it('names from and to of a move it refuses', () => {
    expect(() => assertSurveyMove('DRAFT', 'RETIRED', 'id')).toThrow(
      'id: a survey cannot move from DRAFT to RETIRED; from DRAFT it can go to ACTIVE',
    );
    expect(() => assertSurveyMove('ACTIVE', 'ACTIVE', 'id')).toThrow(/from ACTIVE to ACTIVE/);
    expect(() => assertSurveyMove('RETIRED', 'ACTIVE', 'id')).toThrow(
      'id: a survey cannot move from RETIRED to ACTIVE; RETIRED is final',
    );
  });

  it('lets only drafts be edited', () => {
    expect(() => assertEditable('DRAFT', 'id')).not.toThrow();
    expect(() => assertEditable('ACTIVE', 'id')).toThrow(/the survey is ACTIVE and cannot be edited/);
    expect(() => assertEditable('RETIRED', 'id')).toThrow(/the survey is RETIRED and cannot be edited/);
  });
});
