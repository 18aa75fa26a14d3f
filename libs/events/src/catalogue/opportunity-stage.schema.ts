/** The stages of a deal, as every opportunity event names them (DESIGN §3). */
export const OPPORTUNITY_STAGE_NAMES = [
  'PROSPECTING',
  'QUALIFICATION',
  'NEEDS_ANALYSIS',
  'PROPOSAL',
  'NEGOTIATION',
  'CLOSED_WON',
  'CLOSED_LOST',
] as const;

export type OpportunityStageName = (typeof OPPORTUNITY_STAGE_NAMES)[number];

export const OPPORTUNITY_STAGE = { type: 'string', enum: OPPORTUNITY_STAGE_NAMES } as const;
export const PROBABILITY = {
  type: 'integer',
  minimum: 0,
  maximum: 100,
  description: 'Win probability in %.',
} as const;
