import { newId } from '@crm/db';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { MessageTemplate } from '../data/message-template.entity';
import type { MessageTemplateFields } from '../domain/message-template-input';
import { messageTemplateSaved } from '../events/message.events';

export function createMessageTemplate(
  scope: ChangeScope,
  fields: MessageTemplateFields,
): Promise<MessageTemplate> {
  return runChange(scope, async (change) => {
    const now = new Date();
    const template = Object.assign(new MessageTemplate(), {
      ...fields,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(MessageTemplate, template, { action: 'createMessageTemplate' });
    change.publish(messageTemplateSaved('crm.marketing.message_template.created', template, change.origin));
    return template;
  });
}

/** A new version of the template; messages already rendered keep the text they were sent with. */
export function updateMessageTemplate(
  scope: ChangeScope,
  id: string,
  version: number,
  fields: MessageTemplateFields,
): Promise<MessageTemplate> {
  return runChange(scope, async (change) => {
    const before = await change.lock(MessageTemplate, id, { field: 'id', version });
    const after = await change.update(MessageTemplate, before, fields, { action: 'updateMessageTemplate' });
    change.publish(messageTemplateSaved('crm.marketing.message_template.updated', after, change.origin));
    return after;
  });
}
