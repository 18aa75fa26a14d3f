import { averageCycleDays, cycleDays } from '../cycle-length';
import { funnelOf } from '../funnel-conversion';
import { sumConverted } from '../money-total';
import { pipelineVelocity } from '../pipeline-velocity';
import { quotaAttainment } from '../quota-attainment';
import { forecastOf } from '../weighted-pipeline';
import { winRate } from '../win-rate';

describe('win rate = won / (won + lost)', () => {
  it.each([
    [3, 1, 0.75],
    [2, 1, 0.6667],
    [0, 4, 0],
    [0, 0, null],
  ])('%i won, %i lost → %p', (won, lost, expected) => expect(winRate(won, lost)).toBe(expected));
});

describe('cycle length created → won', () => {
  it('counts fractional days and averages them', () => {
    expect(cycleDays(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-11T12:00:00Z'))).toBe(10.5);
    // Deals of 10.5, 20 and 3 days: 33.5 / 3 = 11.17.
    expect(averageCycleDays(10.5 + 20 + 3, 3)).toBe(11.17);
    expect(averageCycleDays(0, 0)).toBeNull();
  });
});

describe('funnel conversion from the furthest step of each deal', () => {
  it('counts a deal at every step it passed and divides step by step', () => {
    // 4 stopped at PROSPECTING, 2 at QUALIFICATION, 1 at PROPOSAL, 3 won: 10 / 6 / 4 / 4 / 3 / 3.
    const funnel = funnelOf(
      new Map([
        [1, 4],
        [2, 2],
        [4, 1],
        [6, 3],
      ]),
    );
    expect(funnel.map((s) => [s.stage, s.reached, s.conversionFromPrevious])).toEqual([
      ['PROSPECTING', 10, null],
      ['QUALIFICATION', 6, 0.6],
      ['NEEDS_ANALYSIS', 4, 0.6667],
      ['PROPOSAL', 4, 1],
      ['NEGOTIATION', 3, 0.75],
      ['CLOSED_WON', 3, 1],
    ]);
  });

  it('leaves the conversion after an empty step unknown (lost-only deals reach no step)', () => {
    expect(
      funnelOf(new Map([[0, 5]])).every((s) => s.reached === 0 && s.conversionFromPrevious === null),
    ).toBe(true);
  });
});

describe('weighted pipeline, commit and best case', () => {
  const open = [
    { converted: '1000', currency: 'EUR', on: '2026-03-01', probability: 20 },
    { converted: '2000.50', currency: 'EUR', on: '2026-03-01', probability: 80 },
    { converted: '300.10', currency: 'USD', on: '2026-03-01', probability: 60 },
  ];
  const won = [{ converted: '500.25', currency: 'EUR', on: '2026-03-04' }];

  it('weights by probability, commits ≥ 80 %, best case takes all, each plus the won amount', () => {
    // 1000×0.2 + 2000.50×0.8 + 300.10×0.6 = 200 + 1600.4 + 180.06 = 1980.46.
    expect(forecastOf(open, won)).toEqual({
      weightedPipeline: '1980.46',
      commit: '2500.75',
      bestCase: '3800.85',
      won: '500.25',
      missing: [],
    });
  });

  it('leaves the figures unknown and names the missing rate rather than dropping the amount', () => {
    const withoutRate = [...open, { converted: null, currency: 'GBP', on: '2026-03-01', probability: 60 }];
    expect(forecastOf(withoutRate, won)).toMatchObject({
      weightedPipeline: null,
      commit: null,
      bestCase: null,
      missing: [{ currency: 'GBP', on: '2026-03-01' }],
    });
  });
});

describe('pipeline velocity = open deals × average won amount × win rate / average cycle days', () => {
  it('computes exactly and rounds at the end', () => {
    // 10 open × (9000 / 3 = 3000) × (3 / 4) / (60 / 3 = 20 days) = 1125 per day.
    expect(
      pipelineVelocity({ openDeals: 10, wonAmount: '9000', wonDeals: 3, lostDeals: 1, wonCycleDays: 60 }),
    ).toBe('1125');
    // 7 × (1000 / 3) × (3 / 3) / (10 / 3) = 700.
    expect(
      pipelineVelocity({ openDeals: 7, wonAmount: '1000', wonDeals: 3, lostDeals: 0, wonCycleDays: 10 }),
    ).toBe('700');
  });

  it('is unknown without wins or with a missing rate', () => {
    expect(
      pipelineVelocity({ openDeals: 5, wonAmount: '0', wonDeals: 0, lostDeals: 2, wonCycleDays: 0 }),
    ).toBeNull();
    expect(
      pipelineVelocity({ openDeals: 5, wonAmount: null, wonDeals: 1, lostDeals: 0, wonCycleDays: 3 }),
    ).toBeNull();
  });
});

describe('quota attainment = won / target', () => {
  it.each([
    ['12500', '10000', 1.25],
    ['3333.33', '10000', 0.3333],
    ['0', '5000', 0],
  ])('%s of %s → %p', (won, target, expected) => expect(quotaAttainment(won, target)).toBe(expected));

  it('is unknown for a zero target or an unknown won amount', () => {
    expect(quotaAttainment('100', '0')).toBeNull();
    expect(quotaAttainment(null, '100')).toBeNull();
  });
});

describe('conversion at historical rates: Σ of amounts each converted at its own date', () => {
  it('sums exactly (0.1 + 0.2 = 0.3) and names each missing rate once', () => {
    // 100 USD on 2026-01-10 at 0.9 and 100 USD on 2026-02-10 at 0.95 → 90 + 95 EUR.
    expect(
      sumConverted([
        { converted: '90', currency: 'USD', on: '2026-01-10' },
        { converted: '95', currency: 'USD', on: '2026-02-10' },
        { converted: '0.1', currency: 'EUR', on: '2026-02-10' },
        { converted: '0.2', currency: 'EUR', on: '2026-02-11' },
      ]),
    ).toEqual({ total: '185.3', missing: [] });
    expect(
      sumConverted([
        { converted: '90', currency: 'USD', on: '2026-01-10' },
        { converted: null, currency: 'GBP', on: '2026-01-12' },
        { converted: null, currency: 'GBP', on: '2026-01-12' },
      ]),
    ).toEqual({ total: null, missing: [{ currency: 'GBP', on: '2026-01-12' }] });
  });
});
