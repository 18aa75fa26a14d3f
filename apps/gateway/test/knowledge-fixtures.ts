/**
 * Articles of one caller for the authorization matrix's knowledge-base rows: each mutating row
 * gets its own article in the status it starts from (at version 1 or 2), so rows never disturb
 * each other.
 */
export interface KnowledgeFixture {
  /** A DRAFT at version 1. */
  toUpdate: string;
  /** A DRAFT at version 1. */
  toPublish: string;
  /** PUBLISHED, at version 2. */
  toArchive: string;
  /** PUBLISHED, at version 2: read, searched and linked to the caller's ticket. */
  published: string;
}

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const CREATE = `mutation ($title: String!) { createArticle(input: { title: $title, body: "Matrix article" }) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id, version: 1) { id } }`;

export async function createKnowledgeFixture(send: Send): Promise<KnowledgeFixture> {
  const draft = async (title: string) =>
    (await send<{ createArticle: { id: string } }>(CREATE, { title })).createArticle.id;
  const published = async (title: string) => {
    const id = await draft(title);
    await send(PUBLISH, { id });
    return id;
  };
  const [toUpdate, toPublish, toArchive, publishedArticle] = await Promise.all([
    draft('Matrix draft to update'),
    draft('Matrix draft to publish'),
    published('Matrix article to archive'),
    published('Matrix published article'),
  ]);
  return { toUpdate, toPublish, toArchive, published: publishedArticle };
}
