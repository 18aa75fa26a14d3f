/** The article vocabularies events carry, as the service subgraph's SDL names them. */
export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type ArticleStatusName = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_STATUS = { type: 'string', enum: ARTICLE_STATUSES } as const;
export const ARTICLE_TITLE = { type: 'string', minLength: 1, maxLength: 200 } as const;
export const VERSION_NUMBER = { type: 'integer', minimum: 1 } as const;
