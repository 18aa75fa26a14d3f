import { buildEvent, type EventOrigin, type EventPayload } from '@crm/events';

export type RulesRecomputed = EventPayload<'crm.marketing.recommendation.rules_recomputed'>;

export const rulesRecomputed = (data: RulesRecomputed, origin: EventOrigin) =>
  buildEvent('crm.marketing.recommendation.rules_recomputed', { subject: data.runId, ...origin, data });
