import { buildEvent, type EventOrigin } from '@crm/events';
import type { Interaction } from '../data/interaction.entity';
import { interactionFieldsOf } from './interaction-logged.event';

export function interactionUpdated(interaction: Interaction, origin: EventOrigin) {
  return buildEvent('crm.customer.interaction.updated', {
    subject: interaction.id,
    ...origin,
    data: interactionFieldsOf(interaction),
  });
}
