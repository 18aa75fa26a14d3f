import { buildEvent } from '@crm/events';
import type { Interaction } from '../data/interaction.entity';
import { interactionFieldsOf } from './interaction-logged.event';

export function interactionUpdated(interaction: Interaction, actor: string, correlationId: string) {
  return buildEvent('crm.customer.interaction.updated', {
    subject: interaction.id,
    actor,
    correlationId,
    data: interactionFieldsOf(interaction),
  });
}
