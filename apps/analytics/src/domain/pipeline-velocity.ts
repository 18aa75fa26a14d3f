import Decimal from 'decimal.js';

export interface VelocityInputs {
  openDeals: number;
  /** Σ of the won deals' amounts in the reporting currency (null: a rate is missing). */
  wonAmount: string | null;
  wonDeals: number;
  lostDeals: number;
  /** Σ of the won deals' cycle lengths in days. */
  wonCycleDays: number;
}

/**
 * Pipeline velocity, money per day = #open deals × average won amount × win rate ÷ average
 * cycle length in days (the usual sales-velocity formula); null when a factor is unknown or the
 * cycle is zero. Exact until the final rounding to 4 decimals.
 */
export function pipelineVelocity(inputs: VelocityInputs): string | null {
  const { openDeals, wonAmount, wonDeals, lostDeals, wonCycleDays } = inputs;
  if (wonAmount === null || wonDeals === 0 || wonCycleDays <= 0) return null;
  const averageWon = new Decimal(wonAmount).div(wonDeals);
  const rate = new Decimal(wonDeals).div(wonDeals + lostDeals);
  const averageCycle = new Decimal(wonCycleDays).div(wonDeals);
  return new Decimal(openDeals).times(averageWon).times(rate).div(averageCycle).toDecimalPlaces(4).toFixed();
}
