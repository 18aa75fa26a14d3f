import Decimal from 'decimal.js';
import { sumAmounts } from '@crm/db';
import { OPEN_STAGES, type OpportunityStage } from './opportunity-stage';

/** One group of the board's SQL: open deals of one stage and probability, in or out of the currency. */
export interface PipelineGroup {
  stage: OpportunityStage;
  probability: number;
  inCurrency: boolean;
  count: number;
  /** Exact sum of the group's amounts (a numeric from Postgres, as a string). */
  amount: string;
}

export interface PipelineColumn {
  stage: OpportunityStage;
  count: number;
  amount: string;
  /** Σ amount × probability / 100, exact. */
  weightedAmount: string;
}

/** A column's or the total's sums with the board's currency, as the API shows them. */
export type PricedColumn = PipelineColumn & { currency: string };
export type PricedTotal = Omit<PipelineColumn, 'stage'> & { currency: string };

export interface PipelineBoard {
  currency: string;
  stages: PipelineColumn[];
  total: Omit<PipelineColumn, 'stage'>;
  /** Open deals in other currencies: counted, not converted (there are no exchange rates here). */
  excludedOtherCurrencies: number;
}

const weighted = (group: PipelineGroup) =>
  new Decimal(group.amount).times(group.probability).dividedBy(100).toFixed();

/** Every open stage in sales order, empty ones included, with exact decimal sums. */
export function buildPipelineBoard(currency: string, groups: PipelineGroup[]): PipelineBoard {
  const counted = groups.filter((group) => group.inCurrency);
  const stages = OPEN_STAGES.map((stage) => {
    const ofStage = counted.filter((group) => group.stage === stage);
    return {
      stage,
      count: ofStage.reduce((n, group) => n + group.count, 0),
      amount: sumAmounts(ofStage.map((group) => group.amount)),
      weightedAmount: sumAmounts(ofStage.map(weighted)),
    };
  });
  return {
    currency,
    stages,
    total: {
      count: stages.reduce((n, column) => n + column.count, 0),
      amount: sumAmounts(stages.map((column) => column.amount)),
      weightedAmount: sumAmounts(stages.map((column) => column.weightedAmount)),
    },
    excludedOtherCurrencies: groups
      .filter((group) => !group.inCurrency)
      .reduce((n, group) => n + group.count, 0),
  };
}
