import { randomUUID } from 'node:crypto';
import { EVERYONE, SUPPORT, TICKET_READERS, byCustomer, type MatrixRow } from './matrix-row';

/** Knowledge-base articles: every staff role reads them but marketers; support writes them. */
const ARTICLE_READERS = EVERYONE.filter((role) => role !== 'MARKETER');
/** Feedback is read by every role and recorded by everyone who talks to customers. */
const FEEDBACK_WRITERS = EVERYONE.filter((role) => !['MARKETER', 'ANALYST', 'READ_ONLY'].includes(role));

/** The knowledge-base and feedback rows of the authorization matrix (service subgraph). */
export const KNOWLEDGE_ROWS: readonly MatrixRow[] = [
  {
    operation: 'article',
    subgraph: 'service',
    document: `query ($id: ID!) { article(id: $id) { id title } }`,
    variables: (own) => ({ id: own.knowledge.published }),
    resultPath: ['article'],
    allowed: ARTICLE_READERS,
  },
  {
    operation: 'articles',
    subgraph: 'service',
    document: `{ articles(first: 5) { edges { node { id } } } }`,
    resultPath: ['articles'],
    allowed: ARTICLE_READERS,
  },
  {
    operation: 'articleCategories',
    subgraph: 'service',
    document: `{ articleCategories { id name } }`,
    resultPath: ['articleCategories'],
    allowed: ARTICLE_READERS,
  },
  {
    operation: 'searchArticles',
    subgraph: 'service',
    document: `{ searchArticles(query: "matrix article") { rank article { id } } }`,
    resultPath: ['searchArticles'],
    allowed: ARTICLE_READERS,
  },
  {
    operation: 'createArticleCategory',
    subgraph: 'service',
    document: `mutation ($name: String!) { createArticleCategory(input: { name: $name }) { id } }`,
    variables: () => ({ name: `Matrix ${randomUUID()}` }),
    resultPath: ['createArticleCategory'],
    allowed: SUPPORT,
  },
  {
    operation: 'createArticle',
    subgraph: 'service',
    document: `mutation { createArticle(input: { title: "Matrix", body: "Matrix" }) { id } }`,
    resultPath: ['createArticle'],
    allowed: SUPPORT,
  },
  {
    operation: 'updateArticle',
    subgraph: 'service',
    document: `mutation ($id: ID!) { updateArticle(id: $id, version: 1, input: { body: "Edited" }) { id } }`,
    variables: (own) => ({ id: own.knowledge.toUpdate }),
    resultPath: ['updateArticle'],
    allowed: SUPPORT,
  },
  {
    operation: 'publishArticle',
    subgraph: 'service',
    document: `mutation ($id: ID!) { publishArticle(id: $id, version: 1) { id } }`,
    variables: (own) => ({ id: own.knowledge.toPublish }),
    resultPath: ['publishArticle'],
    allowed: SUPPORT,
  },
  {
    operation: 'archiveArticle',
    subgraph: 'service',
    document: `mutation ($id: ID!) { archiveArticle(id: $id, version: 2) { id } }`,
    variables: (own) => ({ id: own.knowledge.toArchive }),
    resultPath: ['archiveArticle'],
    allowed: SUPPORT,
  },
  {
    operation: 'linkArticleToTicket',
    subgraph: 'service',
    document: `mutation ($ticketId: ID!, $articleId: ID!) { linkArticleToTicket(ticketId: $ticketId, articleId: $articleId) { solvedIt } }`,
    variables: (own) => ({ ticketId: own.ticketId, articleId: own.knowledge.published }),
    resultPath: ['linkArticleToTicket'],
    allowed: SUPPORT,
  },
  {
    operation: 'Ticket.suggestedArticles',
    subgraph: 'service',
    document: `query ($id: ID!) { ticket(id: $id) { id suggestedArticles { rank } } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['ticket', 'suggestedArticles'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'Ticket.linkedArticles',
    subgraph: 'service',
    document: `query ($id: ID!) { ticket(id: $id) { id linkedArticles { solvedIt } } }`,
    variables: (own) => ({ id: own.ticketId }),
    resultPath: ['ticket', 'linkedArticles'],
    allowed: TICKET_READERS,
  },
  {
    operation: 'feedback',
    subgraph: 'service',
    document: `{ feedback(first: 5) { edges { node { id } } } }`,
    resultPath: ['feedback'],
    allowed: EVERYONE,
  },
  {
    operation: 'recordFeedback',
    subgraph: 'service',
    document: `mutation ($customerId: ID!) { recordFeedback(input: { customerId: $customerId, category: PRAISE, body: "Matrix" }) { id } }`,
    variables: (own) => ({ customerId: own.customerId }),
    resultPath: ['recordFeedback'],
    allowed: FEEDBACK_WRITERS,
  },
  {
    operation: 'Customer.feedback',
    subgraph: 'service',
    document: `query ($id: ID!) { customer(id: $id) { id feedback { edges { node { id } } } } }`,
    variables: byCustomer,
    resultPath: ['customer', 'feedback'],
    allowed: EVERYONE,
  },
];
