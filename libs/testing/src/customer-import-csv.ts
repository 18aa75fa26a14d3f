import { Faker, en } from '@faker-js/faker';
import { stringify } from 'csv-stringify/sync';

/** The kinds of bad row a generated import file contains, one after the other. */
export const BAD_ROW_KINDS = ['emptyName', 'badEmail', 'badPhone', 'unknownKind', 'duplicate'] as const;
export type BadRowKind = (typeof BAD_ROW_KINDS)[number];

/** A bad row the import must leave out, where it is, and what the report must say about it. */
export interface ExpectedProblem {
  row: number;
  kind: BadRowKind;
  field: 'name' | 'email' | 'phone' | 'kind';
  /** For a duplicate: the row it repeats. */
  duplicateOfRow?: number;
  /** The row's email cell, lower-cased: no customer may have it unless the row duplicates another. */
  email: string;
}

export interface GeneratedCustomerCsv {
  csv: string;
  rows: number;
  /** Valid, distinct rows: each must become one customer. */
  goodRows: number;
  problems: ExpectedProblem[];
}

export const CUSTOMER_CSV_HEADER = [
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
];

const INDUSTRIES = ['SOFTWARE', 'MANUFACTURING', 'RETAIL', 'LOGISTICS', 'HEALTHCARE', ''];
const REGIONS = ['EMEA', 'NA', 'APAC', 'LATAM', ''];
const SOURCES = ['IMPORT', 'REFERRAL', 'WEB_FORM', ''];
const SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE', ''];
const GENDERS = ['FEMALE', 'MALE', 'OTHER', ''];

export interface CustomerCsvOptions {
  rows: number;
  /** Every `1 / badRatio`-th row is bad (1 % by default), cycling through BAD_ROW_KINDS. */
  badRatio?: number;
  seed?: number;
  /**
   * 0–6: keeps the emails and phone numbers of files generated for one database apart
   * (phones +337<3 + namespace><7 digits>, emails @import-<namespace>.example).
   */
  namespace?: number;
}

/**
 * A customer import file like a real export from another CRM, seeded so every run is the same:
 * companies and persons with dictionary codes, unique emails and French mobile numbers, and
 * exactly `rows × badRatio` bad rows of known kinds at known lines (the header is line 1).
 */
export function generateCustomerCsv({
  rows,
  badRatio = 0.01,
  seed = 4_2026,
  namespace = 0,
}: CustomerCsvOptions): GeneratedCustomerCsv {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  const every = Math.round(1 / badRatio);
  const domain = `import-${namespace}.example`;
  const records: string[][] = [];
  const problems: ExpectedProblem[] = [];
  const emailOf = (index: number, first: string, last: string) =>
    `${first}.${last}.${index}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
  const emails: string[] = [];

  for (let index = 0; index < rows; index++) {
    const line = index + 2;
    const person = faker.datatype.boolean();
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const email = emailOf(index, first, last);
    const record = [
      person ? 'PERSON' : faker.helpers.arrayElement(['COMPANY', 'company']),
      person ? `${first} ${last}` : faker.company.name(),
      email,
      faker.datatype.boolean(0.8) ? `+337${3 + namespace}${String(index).padStart(7, '0')}` : '',
      '',
      faker.helpers.arrayElement(SOURCES),
      faker.helpers.arrayElement(INDUSTRIES),
      faker.helpers.arrayElement(REGIONS),
      person ? '' : `https://www.${faker.internet.domainWord()}.example`,
      person ? '' : faker.helpers.arrayElement(SIZES),
      person ? faker.date.birthdate().toISOString().slice(0, 10) : '',
      person ? faker.helpers.arrayElement(GENDERS) : '',
    ];
    const bad =
      index % every === every - 1 ? BAD_ROW_KINDS[Math.floor(index / every) % BAD_ROW_KINDS.length] : null;
    if (bad === 'emptyName') record[1] = '  ';
    if (bad === 'badEmail') record[2] = `${first}-at-${domain}`;
    if (bad === 'badPhone') record[3] = '+33 12';
    if (bad === 'unknownKind') record[0] = 'PARTNER';
    if (bad === 'duplicate') record[2] = emails[index - 3].toUpperCase();
    if (bad) problems.push({ ...problemOf(bad, line, line - 3), email: record[2].toLowerCase() });
    else emails[index] = email;
    records.push(record);
  }
  return {
    csv: stringify([CUSTOMER_CSV_HEADER, ...records]),
    rows,
    goodRows: rows - problems.length,
    problems,
  };
}

function problemOf(kind: BadRowKind, row: number, earlierRow: number): Omit<ExpectedProblem, 'email'> {
  switch (kind) {
    case 'emptyName':
      return { row, kind, field: 'name' };
    case 'badEmail':
      return { row, kind, field: 'email' };
    case 'badPhone':
      return { row, kind, field: 'phone' };
    case 'unknownKind':
      return { row, kind, field: 'kind' };
    case 'duplicate':
      return { row, kind, field: 'email', duplicateOfRow: earlierRow };
  }
}
