import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  anyTermQuery,
  containsPattern,
  fallbackTermsOf,
  highlightTerms,
  isUnspacedTerm,
} from '../domain/article-search-terms';
import { Article } from './article.entity';

/** One article a search found, with how well and how it matched. */
export interface ArticleHit {
  article: Article;
  rank: number;
  matchedBy: 'FULL_TEXT' | 'TRIGRAM';
  titleHighlight: string;
  bodyHighlight: string;
}

export interface ArticleSearch {
  /** The words as typed (a search) or the ticket's subject and description (a suggestion). */
  text: string;
  categoryId: string | null;
  limit: number;
}

/** The whole text of an article, as the trigram index is built on it. */
const WHOLE_TEXT = `(article.title || ' ' || article.body)`;
const TITLE_HEADLINE = `'HighlightAll=true, StartSel=<mark>, StopSel=</mark>'`;
const BODY_HEADLINE = `'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

/**
 * The tsquery a search runs: a search wants every word (web-search syntax: "quoted phrases",
 * or, -not); a suggestion any of the ticket's words, the articles sharing most ranked first.
 */
const SEARCH_QUERY = `websearch_to_tsquery('english', :text)`;
// CAST, not ::, which TypeORM would read as a parameter.
const SUGGESTION_QUERY = `CAST(replace(CAST(plainto_tsquery('english', :text) AS text), ' & ', ' | ') AS tsquery)`;

function publishedArticles(dataSource: DataSource, categoryId: string | null): SelectQueryBuilder<Article> {
  const query = dataSource
    .getRepository(Article)
    .createQueryBuilder('article')
    .where(`article.status = 'PUBLISHED'`);
  if (categoryId) query.andWhere('article.category_id = :categoryId', { categoryId });
  return query;
}

/** Postgres full-text search over the weighted tsvector (title A, body B), ranked by ts_rank_cd. */
async function fullTextHits(
  dataSource: DataSource,
  search: ArticleSearch,
  tsquery: string,
): Promise<ArticleHit[]> {
  const { entities, raw } = await publishedArticles(dataSource, search.categoryId)
    .andWhere(`article.search_vector @@ ${tsquery}`, { text: search.text })
    .addSelect(`ts_rank_cd(article.search_vector, ${tsquery})`, 'rank')
    .addSelect(`ts_headline('english', article.title, ${tsquery}, ${TITLE_HEADLINE})`, 'title_highlight')
    .addSelect(`ts_headline('english', article.body, ${tsquery}, ${BODY_HEADLINE})`, 'body_highlight')
    .orderBy('rank', 'DESC')
    .addOrderBy('article.id', 'ASC')
    .limit(search.limit)
    .getRawAndEntities<{ rank: number; title_highlight: string; body_highlight: string }>();
  return entities.map((article, i) => ({
    article,
    rank: Number(raw[i].rank),
    matchedBy: 'FULL_TEXT',
    titleHighlight: raw[i].title_highlight,
    bodyHighlight: raw[i].body_highlight,
  }));
}

/**
 * The fallback for text no parser splits into words (Chinese, Japanese, Korean) and for typos:
 * articles holding any unspaced character pair (through the unspaced_terms index) or containing
 * any other term (LIKE, through the pg_trgm index), or, for a search, whose title is close to the
 * words by trigram word similarity (typos). Ranked by how many terms the title (twice) and the
 * body contain, then by the title's similarity.
 */
async function trigramHits(
  dataSource: DataSource,
  search: ArticleSearch,
  options: { similarWords: boolean },
): Promise<ArticleHit[]> {
  const terms = fallbackTermsOf(search.text);
  const unspaced = terms.filter(isUnspacedTerm);
  const spaced = terms.filter((term) => !isUnspacedTerm(term));
  const matches = [
    ...(unspaced.length ? ['article.unspaced_terms @@ CAST(:unspaced AS tsquery)'] : []),
    ...(spaced.length ? [`${WHOLE_TEXT} ILIKE ANY (CAST(:spaced AS text[]))`] : []),
    ...(options.similarWords ? [':text <% article.title'] : []),
  ];
  if (matches.length === 0) return [];
  const { entities, raw } = await publishedArticles(dataSource, search.categoryId)
    .andWhere(`(${matches.join(' OR ')})`, {
      unspaced: anyTermQuery(unspaced),
      spaced: spaced.map(containsPattern),
      patterns: terms.map(containsPattern),
      text: search.text,
    })
    .addSelect(
      `2 * (SELECT count(*) FROM unnest(CAST(:patterns AS text[])) AS pattern WHERE article.title ILIKE pattern)
         + (SELECT count(*) FROM unnest(CAST(:patterns AS text[])) AS pattern WHERE article.body ILIKE pattern)
         + word_similarity(:text, article.title)`,
      'rank',
    )
    .orderBy('rank', 'DESC')
    .addOrderBy('article.id', 'ASC')
    .limit(search.limit)
    .getRawAndEntities<{ rank: number }>();
  return entities.map((article, i) => ({
    article,
    rank: Number(raw[i].rank),
    matchedBy: 'TRIGRAM',
    titleHighlight: highlightTerms(article.title, terms, 200),
    bodyHighlight: highlightTerms(article.body, terms),
  }));
}

/** searchArticles: full-text hits, or the trigram fallback when full-text search finds none. */
export async function searchPublishedArticles(dataSource: DataSource, search: ArticleSearch) {
  const hits = await fullTextHits(dataSource, search, SEARCH_QUERY);
  return hits.length > 0 ? hits : trigramHits(dataSource, search, { similarWords: true });
}

/** Ticket.suggestedArticles: articles sharing the ticket's words, or its CJK character pairs. */
export async function suggestArticles(dataSource: DataSource, search: ArticleSearch) {
  const hits = await fullTextHits(dataSource, search, SUGGESTION_QUERY);
  return hits.length > 0 ? hits : trigramHits(dataSource, search, { similarWords: false });
}
