import { badUserInput, refuseNul } from '@crm/errors';

/**
 * What a search box string asks for. Names are matched fuzzily (pg_trgm word similarity); emails
 * and phones by prefix of their stored normal form (lower-case email, E.164 phone), so an exact
 * match ranks above a prefix one.
 */
export interface CustomerSearchQuery {
  text: string;
  /** Lower-cased; null when the text cannot start an email address (it has a space). */
  emailPrefix: string | null;
  /** `+` and digits, as phones are stored; null unless the text looks like a phone number. */
  phonePrefix: string | null;
}

export const MIN_SEARCH_LENGTH = 3;
export const MAX_SEARCH_LENGTH = 100;

/** Score of an exact email or phone match; a prefix scores a little less, a name its similarity. */
export const EXACT_CONTACT_SCORE = 1;
export const PREFIX_CONTACT_SCORE = 0.9;

const PHONE_LIKE = /^\+?[\d\s().-]+$/;

export interface SearchRights {
  /**
   * Whether the caller sees emails and phones unmasked. Without that right a search matches names
   * only: a prefix search over masked values would give them back one character at a time.
   */
  contactPoints: boolean;
}

export const CONTACT_SEARCH_REFUSED =
  'looks like an email address or a phone number; your role sees those masked, so it can only search by name';

/**
 * Reads a search box string. Without the right to see contact points, a string that looks like an
 * email (has an @) or a phone number is BAD_USER_INPUT, and any other one matches names only.
 */
export function parseCustomerSearchQuery(
  query: string,
  field = 'query',
  rights: SearchRights = { contactPoints: true },
): CustomerSearchQuery {
  refuseNul(field, query);
  const text = query.trim().replace(/\s+/g, ' ');
  if (text.length < MIN_SEARCH_LENGTH || text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(
      field,
      `must be ${MIN_SEARCH_LENGTH} to ${MAX_SEARCH_LENGTH} characters (got ${text.length})`,
    );
  }
  if (rights.contactPoints)
    return { text, emailPrefix: emailPrefixOf(text), phonePrefix: phonePrefixOf(text) };
  if (text.includes('@') || PHONE_LIKE.test(text)) throw badUserInput(field, CONTACT_SEARCH_REFUSED);
  return { text, emailPrefix: null, phonePrefix: null };
}

function emailPrefixOf(text: string): string | null {
  return text.includes(' ') ? null : text.toLowerCase();
}

/** "+33 6 12-34" → "+3361234"; an international "0033…" prefix becomes "+33…". */
function phonePrefixOf(text: string): string | null {
  if (!PHONE_LIKE.test(text)) return null;
  const digits = text.replace(/\D/g, '').replace(/^00/, '');
  return digits.length >= MIN_SEARCH_LENGTH ? `+${digits}` : null;
}

/** Escapes LIKE's wildcards so user text matches literally. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
