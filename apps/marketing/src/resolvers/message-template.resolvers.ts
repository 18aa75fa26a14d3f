import { GraphQLJSONObject } from 'graphql-scalars';
import { notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { createMessageTemplate, updateMessageTemplate } from '../changes/message-template.changes';
import type { MessageTemplate } from '../data/message-template.entity';
import { listMessageTemplates } from '../data/message.repository';
import { parseMessageTemplate } from '../domain/message-template-input';
import {
  BUILT_IN_VARIABLES,
  compileTemplatePart,
  renderPart,
  variablesOf,
} from '../domain/template-rendering';
import type { Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

export async function templateById(
  id: string,
  context: MarketingContext,
  field = 'id',
): Promise<MessageTemplate> {
  const template = await context.loaders.messageTemplateById.load(parseId(field, id));
  if (!template) throw notFound('MessageTemplate', id, field);
  return template;
}

/** The preview fills the built-ins with samples: no message, so no real links yet. */
const SAMPLE_BUILT_INS = { customerName: 'Ada Lovelace', unsubscribeUrl: 'https://example.com/unsubscribe' };

function preview(template: MessageTemplate, variables: Record<string, unknown>) {
  const values = { ...variables, ...SAMPLE_BUILT_INS };
  const render = (source: string | null, html = false) =>
    source === null
      ? null
      : renderPart(compileTemplatePart(source, 'variables', { html }), values, 'variables');
  return {
    subject: render(template.subject),
    textBody: render(template.textBody) ?? '',
    htmlBody: render(template.htmlBody, true),
  };
}

export const messageTemplateResolvers: Resolvers = {
  JSONObject: GraphQLJSONObject,
  Query: {
    messageTemplate: guard('campaign:read', (_, { id }, context) => templateById(id, context)),
    messageTemplates: guard('campaign:read', (_, page, context) =>
      listMessageTemplates(context.dataSource, page),
    ),
    previewMessageTemplate: guard('campaign:read', async (_, { id, variables }, context) =>
      preview(await templateById(id, context), (variables ?? {}) as Record<string, unknown>),
    ),
  },
  Mutation: {
    createMessageTemplate: guard('campaign:write', (_, { input }, context) =>
      createMessageTemplate(scopeOfRequest(context), parseMessageTemplate(input)),
    ),
    updateMessageTemplate: guard('campaign:write', (_, { id, version, input }, context) =>
      updateMessageTemplate(scopeOfRequest(context), parseId('id', id), version, parseMessageTemplate(input)),
    ),
  },
  MessageTemplate: {
    __resolveReference: guardReference('campaign:read', (reference, context) =>
      context.loaders.messageTemplateById.load(reference.id),
    ),
    variables: (template) => {
      const parts = [template.subject, template.htmlBody, template.textBody].filter((part) => part !== null);
      return [...new Set([...parts.flatMap(variablesOf), ...BUILT_IN_VARIABLES])];
    },
  },
};
