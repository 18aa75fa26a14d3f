import { buildEvent, type EventOrigin, type InteractionFields } from '@crm/events';
import type { Interaction } from '../data/interaction.entity';

/** The record as events carry it; names of external participants stay in this service. */
export function interactionFieldsOf(interaction: Interaction): InteractionFields {
  return {
    interactionId: interaction.id,
    customerId: interaction.customerId,
    type: interaction.type,
    direction: interaction.direction,
    occurredAt: interaction.occurredAt.toISOString(),
    durationMinutes: interaction.durationMinutes,
    summary: interaction.summary,
    outcome: interaction.outcome,
    contactIds: interaction.contactIds,
    userIds: interaction.userIds,
    loggedById: interaction.loggedById,
    version: interaction.version,
  };
}

export function interactionLogged(interaction: Interaction, origin: EventOrigin) {
  return buildEvent('crm.customer.interaction.logged', {
    subject: interaction.id,
    ...origin,
    data: interactionFieldsOf(interaction),
  });
}
