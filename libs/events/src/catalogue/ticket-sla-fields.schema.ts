/** The SLA vocabularies ticket events carry, as the service subgraph's SDL names them. */
export const SLA_TARGET_NAMES = ['FIRST_RESPONSE', 'RESOLUTION'] as const;
export type SlaTargetName = (typeof SLA_TARGET_NAMES)[number];
export const SLA_TARGET = { type: 'string', enum: SLA_TARGET_NAMES } as const;

export const ESCALATION_ACTION_NAMES = [
  'RAISE_PRIORITY',
  'REASSIGN_TO_QUEUE_MANAGER',
  'MOVE_TO_QUEUE',
] as const;
export type EscalationActionName = (typeof ESCALATION_ACTION_NAMES)[number];
export const ESCALATION_ACTION = { type: 'string', enum: ESCALATION_ACTION_NAMES } as const;
