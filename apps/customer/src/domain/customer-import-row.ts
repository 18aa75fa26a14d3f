import { CrmError } from '@crm/errors';
import { parseNewCustomer, type NewCustomer } from './new-customer';

/** The columns an import file may have, as they appear in its header row (export writes the same). */
export const IMPORT_COLUMNS = [
  'kind',
  'name',
  'email',
  'phone',
  'owner_id',
  'source',
  'industry',
  'region',
  'website',
  'company_size',
  'birth_date',
  'gender',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['kind', 'name'];

/** Columns an export adds that an import of the same file ignores: the database decides them. */
export const EXPORT_ONLY_COLUMNS = ['id', 'lifecycle_stage', 'tier', 'created_at'] as const;

const FIELD_OF_COLUMN: Record<ImportColumn, string> = {
  kind: 'kind',
  name: 'name',
  email: 'email',
  phone: 'phone',
  owner_id: 'ownerId',
  source: 'source',
  industry: 'industry',
  region: 'region',
  website: 'website',
  company_size: 'companySize',
  birth_date: 'birthDate',
  gender: 'gender',
};
const COLUMN_OF_FIELD = new Map(Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column]));

/** One row of an import that was not imported, and why: what the reject report lists. */
export interface ImportRowProblem {
  /** The row as the user sees it: the line in the file (the header is line 1), or the position in a list. */
  row: number;
  /** The column, e.g. `email`. */
  field: string;
  reason: string;
}

export type ImportRecord = Partial<Record<string, string | null | undefined>>;

export type ImportRowResult =
  | { ok: true; customer: NewCustomer }
  | {
      ok: false;
      /** The first problem of the row, in column order. */
      problem: ImportRowProblem;
      /** The row's other invalid cells, when it has more than one. */
      otherProblems?: ImportRowProblem[];
    };

export interface ImportRowRules {
  /** `kind:code` keys of the data dictionary's active entries (see dictionaryKey). */
  activeDictionaryKeys: ReadonlySet<string>;
  /** The owner a row gets: the requested one or the default; may throw FORBIDDEN (scope rules). */
  ownerOf: (requestedOwnerId: string | null) => string | null;
}

/** Header problems stop an import before anything is read: every row would be wrong. */
export function headerProblem(columns: readonly string[]): string | null {
  const known = new Set<string>([...IMPORT_COLUMNS, ...EXPORT_ONLY_COLUMNS]);
  const unknown = columns.filter((column) => !known.has(column));
  if (unknown.length > 0)
    return `unknown column(s) ${unknown.join(', ')}; the header may use ${IMPORT_COLUMNS.join(', ')}`;
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) return `the header lacks the required column(s) ${missing.join(', ')}`;
  const repeated = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (repeated.length > 0) return `the header repeats ${repeated.join(', ')}`;
  return null;
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function inputOf(record: ImportRecord): Record<string, string | null> {
  const input: Record<string, string | null> = {};
  for (const column of IMPORT_COLUMNS) input[FIELD_OF_COLUMN[column]] = blankToNull(record[column]);
  // A blank required cell is an empty value ("must not be empty"), not a missing one.
  for (const column of REQUIRED_IMPORT_COLUMNS) input[FIELD_OF_COLUMN[column]] ??= '';
  // Spreadsheets write `company` as often as `COMPANY`: the kind is a code, not prose.
  input.kind = input.kind?.toUpperCase() ?? null;
  return input;
}

/** The row's problems by column; an error that is not the caller's mistake is rethrown. */
function problemsOf(row: number, error: unknown): ImportRowProblem[] {
  if (!(error instanceof CrmError)) throw error;
  if (error.problems.length === 0) return [{ row, field: 'row', reason: error.message }];
  return error.problems.map((problem) => {
    const field = problem.field.replace(/^row\./, '');
    const [head] = field.split('.');
    return { row, field: COLUMN_OF_FIELD.get(head) ?? field, reason: problem.message };
  });
}

/**
 * Validates one row with createCustomer's own rules (parseNewCustomer, the dictionary, the owner
 * scope); every invalid cell is reported against the row and its column, like BAD_USER_INPUT.
 */
export function parseImportRow(row: number, record: ImportRecord, rules: ImportRowRules): ImportRowResult {
  try {
    const input = inputOf(record);
    const customer = parseNewCustomer(input, 'row', rules.activeDictionaryKeys);
    try {
      customer.ownerId = rules.ownerOf(customer.ownerId);
    } catch (error) {
      if (error instanceof CrmError)
        throw new CrmError(error.code, `row.ownerId: ${error.message}`, 'row.ownerId', [
          { field: 'row.ownerId', message: error.message },
        ]);
      throw error;
    }
    return { ok: true, customer };
  } catch (error) {
    const [problem, ...others] = problemsOf(row, error);
    return { ok: false, problem, ...(others.length > 0 ? { otherProblems: others } : {}) };
  }
}

/**
 * A row sent over GraphQL names its fields: an empty owner id there is a mistake, not "no owner"
 * (that is null, or leaving it out). A CSV cell has no null, so there a blank cell means absent.
 */
export function emptyIdProblem(row: number, ownerId: string | null | undefined): ImportRowProblem | null {
  if (typeof ownerId !== 'string' || ownerId.trim() !== '') return null;
  return {
    row,
    field: 'owner_id',
    reason: 'must be a user id (UUID), not empty; leave it out or send null for the default owner',
  };
}

/** What makes two rows the same customer: the normalised primary email or phone (E.164). */
export function duplicateKeysOf(customer: Pick<NewCustomer, 'email' | 'phone'>): string[] {
  const keys: string[] = [];
  if (customer.email) keys.push(`email:${customer.email}`);
  if (customer.phone) keys.push(`phone:${customer.phone}`);
  return keys;
}

/** The column a duplicate key names, for the report: `email` or `phone`. */
export const columnOfKey = (key: string) => key.slice(0, key.indexOf(':'));
