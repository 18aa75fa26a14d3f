import { CAMPAIGN_READERS, type MatrixRow } from './matrix-row';
import type { Role } from '@crm/permissions';

const MESSAGE_WRITERS: readonly Role[] = ['ADMIN', 'MARKETER'];
const TEMPLATE_INPUT = `{ name: "Matrix", channel: SMS, textBody: "Hi {{customerName}}" }`;

/** The marketing message rows of the authorization matrix (issue 13 §4; unsubscribe is public: no row). */
export const MESSAGE_ROWS: readonly MatrixRow[] = [
  {
    operation: 'messageTemplate',
    subgraph: 'marketing',
    document: `query ($id: ID!) { messageTemplate(id: $id) { id variables } }`,
    variables: (own) => ({ id: own.messages.templateToRead }),
    resultPath: ['messageTemplate'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'messageTemplates',
    subgraph: 'marketing',
    document: `{ messageTemplates(first: 5) { edges { node { id } } } }`,
    resultPath: ['messageTemplates'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'previewMessageTemplate',
    subgraph: 'marketing',
    document: `query ($id: ID!) { previewMessageTemplate(id: $id) { subject textBody } }`,
    variables: (own) => ({ id: own.messages.templateToRead }),
    resultPath: ['previewMessageTemplate'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'marketingMessage',
    subgraph: 'marketing',
    document: `query ($id: ID!) { marketingMessage(id: $id) { id status suppressionReason } }`,
    variables: (own) => ({ id: own.messages.messageToRead }),
    resultPath: ['marketingMessage'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'marketingMessages',
    subgraph: 'marketing',
    document: `query ($customerId: ID!) { marketingMessages(customerId: $customerId, first: 5) { edges { node { id } } } }`,
    variables: (own) => ({ customerId: own.customerId }),
    resultPath: ['marketingMessages'],
    allowed: CAMPAIGN_READERS,
  },
  {
    operation: 'createMessageTemplate',
    subgraph: 'marketing',
    document: `mutation { createMessageTemplate(input: ${TEMPLATE_INPUT}) { id } }`,
    resultPath: ['createMessageTemplate'],
    allowed: MESSAGE_WRITERS,
  },
  {
    operation: 'updateMessageTemplate',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { updateMessageTemplate(id: $id, version: 1, input: { name: "Matrix", channel: EMAIL, subject: "Hi", textBody: "Hello" }) { id } }`,
    variables: (own) => ({ id: own.messages.templateToUpdate }),
    resultPath: ['updateMessageTemplate'],
    allowed: MESSAGE_WRITERS,
  },
  {
    operation: 'sendMarketingMessage',
    subgraph: 'marketing',
    document: `mutation ($input: SendMarketingMessageInput!) { sendMarketingMessage(input: $input) { id status } }`,
    variables: (own) => ({ input: { templateId: own.messages.templateToRead, customerId: own.customerId } }),
    resultPath: ['sendMarketingMessage'],
    allowed: MESSAGE_WRITERS,
  },
  {
    operation: 'reportMessageDelivery',
    subgraph: 'marketing',
    document: `mutation ($id: ID!) { reportMessageDelivery(input: { messageId: $id, delivered: true }) { id } }`,
    variables: (own) => ({ id: own.messages.messageToReport }),
    resultPath: ['reportMessageDelivery'],
    allowed: MESSAGE_WRITERS,
  },
];
