import { sumAmounts } from '@crm/db';
import { buildPipelineBoard, type PipelineGroup } from '../pipeline-board';

const group = (overrides: Partial<PipelineGroup>): PipelineGroup => ({
  stage: 'PROSPECTING',
  probability: 10,
  inCurrency: true,
  count: 1,
  amount: '0',
  ...overrides,
});

describe('pipeline board', () => {
  it('sums 0.1 + 0.2 to exactly 0.3 (floats would give 0.30000000000000004)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3');
    const board = buildPipelineBoard('EUR', [
      group({ stage: 'PROPOSAL', probability: 60, amount: '0.1' }),
      group({ stage: 'PROPOSAL', probability: 50, amount: '0.2' }),
    ]);
    expect(board.stages.find((column) => column.stage === 'PROPOSAL')).toEqual({
      stage: 'PROPOSAL',
      count: 2,
      amount: '0.3',
      weightedAmount: '0.16',
    });
  });

  it('lists every open stage in order, with zeros, and totals them', () => {
    const board = buildPipelineBoard('EUR', [
      group({ stage: 'NEGOTIATION', probability: 80, count: 2, amount: '1000.5' }),
      group({ stage: 'PROSPECTING', probability: 10, count: 1, amount: '0.0001' }),
    ]);
    expect(
      board.stages.map((column) => [column.stage, column.count, column.amount, column.weightedAmount]),
    ).toEqual([
      ['PROSPECTING', 1, '0.0001', '0.00001'],
      ['QUALIFICATION', 0, '0', '0'],
      ['NEEDS_ANALYSIS', 0, '0', '0'],
      ['PROPOSAL', 0, '0', '0'],
      ['NEGOTIATION', 2, '1000.5', '800.4'],
    ]);
    expect(board.total).toEqual({ count: 3, amount: '1000.5001', weightedAmount: '800.40001' });
  });

  it('counts deals in other currencies apart, without converting them', () => {
    const board = buildPipelineBoard('EUR', [
      group({ amount: '10' }),
      group({ inCurrency: false, count: 4, amount: '999' }),
    ]);
    expect(board.total.amount).toBe('10');
    expect(board.excludedOtherCurrencies).toBe(4);
  });
});
