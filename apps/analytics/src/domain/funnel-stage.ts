/** The funnel's steps in order (DESIGN §3): a lost deal stops at the last open stage it reached. */
export const FUNNEL_STAGES = [
  'PROSPECTING',
  'QUALIFICATION',
  'NEEDS_ANALYSIS',
  'PROPOSAL',
  'NEGOTIATION',
  'CLOSED_WON',
] as const;

export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** 1 for PROSPECTING … 6 for CLOSED_WON; 0 for CLOSED_LOST, which is no step forward. */
export function funnelStep(stage: string): number {
  return FUNNEL_STAGES.indexOf(stage as FunnelStage) + 1;
}
