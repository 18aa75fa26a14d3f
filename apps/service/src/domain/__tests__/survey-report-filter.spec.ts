import { CrmError } from '@crm/errors';
import { parseSatisfactionFilter } from '../survey-report-filter';

const fieldsOf = (input: unknown) => {
  try {
    parseSatisfactionFilter(input);
  } catch (error) {
    if (error instanceof CrmError) return error.problems.map((problem) => problem.field);
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('parseSatisfactionFilter', () => {
  const from = new Date('2026-01-01T00:00:00.000Z');
  const to = new Date('2026-04-01T00:00:00.000Z');

  it('defaults to monthly periods and no queue or agent', () => {
    expect(parseSatisfactionFilter({ from, to })).toEqual({
      from,
      to,
      queueId: null,
      assigneeId: null,
      period: 'MONTH',
    });
  });

  it('names the field of each problem', () => {
    expect(fieldsOf({ from: to, to: from })).toEqual(['filter.to']);
    expect(fieldsOf({ from, to, queueId: 'billing', assigneeId: 'alex' })).toEqual([
      'filter.queueId',
      'filter.assigneeId',
    ]);
    expect(fieldsOf({ from: new Date('2020-01-01'), to, period: 'DAY' })).toEqual(['filter.period']);
  });
});
