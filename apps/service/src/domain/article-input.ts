import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import type { ArticleText } from './article-revision';

const title = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');
const body = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(100_000, 'must be at most 100,000 characters');
const categoryId = z.uuid('must be an article category id (UUID)').transform((id) => id.toLowerCase());

const newArticleSchema = z.object({
  title,
  body,
  categoryId: categoryId.nullish().transform((id) => id ?? null),
});

const articleChangesSchema = z.object({
  title: title.optional(),
  body: body.optional(),
  categoryId: categoryId.nullish(),
});

const newCategorySchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  description: z
    .string()
    .trim()
    .max(1_000, 'must be at most 1,000 characters')
    .nullish()
    .transform((text) => (text ? text : null)),
});

export type ArticleChanges = z.infer<typeof articleChangesSchema>;
export type NewArticleCategory = z.infer<typeof newCategorySchema>;

/** Parses with `schema`, reporting the first problem on its field path under `path`. */
function parseWith<T>(schema: z.ZodType<T>, input: unknown, path: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badUserInput([path, ...issue.path].join('.'), issue.message);
}

export const parseNewArticle = (input: unknown, path = 'input'): ArticleText =>
  parseWith(newArticleSchema, input, path);

/** updateArticle's input: a title or body sent as null is refused (they cannot be removed). */
export function parseArticleChanges(input: Record<string, unknown>, path = 'input'): ArticleChanges {
  for (const field of ['title', 'body'])
    if (input[field] === null)
      throw badUserInput(`${path}.${field}`, 'must not be null; leave it out to keep it');
  return parseWith(articleChangesSchema, input, path);
}

export const parseNewArticleCategory = (input: unknown, path = 'input'): NewArticleCategory =>
  parseWith(newCategorySchema, input, path);

/** The article's text after the changes: omitted fields keep their value. */
export function applyArticleChanges(before: ArticleText, changes: ArticleChanges): ArticleText {
  return {
    title: changes.title ?? before.title,
    body: changes.body ?? before.body,
    categoryId: changes.categoryId === undefined ? before.categoryId : changes.categoryId,
  };
}
