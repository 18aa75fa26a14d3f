import { FUNNEL_STAGES, type FunnelStage } from './funnel-stage';

export interface FunnelStep {
  stage: FunnelStage;
  /** Deals whose stage history reached this step (or a later one). */
  reached: number;
  /** reached ÷ the previous step's reached; null for the first step or after an empty step. */
  conversionFromPrevious: number | null;
}

/**
 * The funnel from how many deals got no further than each step (`furthest[step]`, steps 1 … 6):
 * a deal that reached NEGOTIATION passed every earlier step too.
 */
export function funnelOf(furthest: ReadonlyMap<number, number>): FunnelStep[] {
  const reached = FUNNEL_STAGES.map((_, index) =>
    [...furthest].filter(([step]) => step >= index + 1).reduce((sum, [, count]) => sum + count, 0),
  );
  return FUNNEL_STAGES.map((stage, index) => ({
    stage,
    reached: reached[index],
    conversionFromPrevious:
      index === 0 || reached[index - 1] === 0
        ? null
        : Math.round((reached[index] / reached[index - 1]) * 10_000) / 10_000,
  }));
}
