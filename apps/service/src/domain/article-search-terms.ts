import { badUserInput, refuseNul } from '@crm/errors';

/** Scripts written without spaces between words: Postgres' parsers keep a whole run as one token. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const UNSPACED_RUNS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

export const MAX_QUERY_LENGTH = 200;
/** Enough to find a ticket's topic; a whole description would make every article match something. */
export const MAX_TERMS = 30;

/** A search's words as the caller typed them, trimmed: 1 to 200 characters. */
export function parseSearchQuery(query: string, field: string): string {
  const text = refuseNul(field, query).trim();
  if (text.length === 0) throw badUserInput(field, 'must not be empty: type the words to look for');
  if (text.length > MAX_QUERY_LENGTH)
    throw badUserInput(field, `must be at most ${MAX_QUERY_LENGTH} characters (got ${text.length})`);
  return text;
}

/** A run of Chinese (or Japanese, Korean) as overlapping character pairs, the usual CJK index unit. */
function bigramsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length <= 2) return [run];
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

/**
 * The terms the trigram fallback looks for as substrings: lower-cased words of three characters or
 * more (what a trigram index can serve), and every run of unspaced script as character pairs ("退款流程" → 退款, 款流, 流程), so
 * "退款" finds an article about 退款流程 although no parser splits it into words.
 */
export function fallbackTermsOf(text: string): string[] {
  const terms = text
    .toLowerCase()
    .split(WORD_SEPARATORS)
    .flatMap((word) => word.match(UNSPACED_RUNS) ?? [])
    .flatMap((run) => (UNSPACED_SCRIPT.test(run) ? bigramsOf(run) : run.length >= 3 ? [run] : []));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Whether a fallback term is a character pair of unspaced script (found through its own index). */
export const isUnspacedTerm = (term: string): boolean => UNSPACED_SCRIPT.test(term);

/** A tsquery matching any of the unspaced terms; they hold letters only, so quoting is plain. */
export function anyTermQuery(terms: string[]): string {
  return terms.map((term) => `'${term.replace(/'/g, "''")}'`).join(' | ');
}

/** A LIKE pattern finding `term` anywhere, its own % _ and \ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const SNIPPET_LENGTH = 160;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The passage of `text` around the first term found, every term in it wrapped in <mark>…</mark>
 * (what ts_headline gives full-text hits); the start of the text when no term occurs.
 */
export function highlightTerms(text: string, terms: string[], maxLength = SNIPPET_LENGTH): string {
  const wanted = terms.filter((term) => term.length > 0).map(escapeRegExp);
  if (wanted.length === 0) return text.slice(0, maxLength);
  const pattern = new RegExp(wanted.sort((a, b) => b.length - a.length).join('|'), 'giu');
  const first = text.search(pattern);
  const start = first <= maxLength / 2 ? 0 : first - Math.floor(maxLength / 4);
  const passage = text.slice(start, start + maxLength);
  const marked = passage.replace(pattern, (found) => `<mark>${found}</mark>`);
  return `${start > 0 ? '…' : ''}${marked}${start + maxLength < text.length ? '…' : ''}`;
}

export const MAX_HITS = 20;

/** How many hits a search or a suggestion returns: 1 to 20. */
export function parseHitLimit(first: number | null | undefined, fallback: number, field: string): number {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HITS)
    throw badUserInput(field, `must be between 1 and ${MAX_HITS} (got ${limit})`);
  return limit;
}
