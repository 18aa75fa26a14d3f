import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';

/** Ids of records made before fuzzing, by entity name (`customer`), so inputs reach real rows. */
export type Seeds = Record<string, string>;

const UNKNOWN_ID = '0194c1d0-0000-7000-8000-00000000f022';
const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** A plausible value of a leaf, so the one bad value of a request is what a resolver meets. */
function goodScalar(typeName: string, name: string, seeds: Seeds): unknown {
  switch (typeName) {
    case 'ID':
      return seeds[name.replace(/Ids?$/, '')] ?? seeds[name] ?? UNKNOWN_ID;
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-03-01T10:00:00Z';
    case 'LocalDate':
      return '2026-03-01';
  }
  if (/currency/i.test(name)) return 'EUR';
  if (/amount|price|budget|value|cost|threshold|revenue|discount/i.test(name)) return '100.00';
  if (/email/i.test(name)) return 'fuzz@example.com';
  if (/phone/i.test(name)) return '+33612345678';
  if (/period/i.test(name)) return '2026-11';
  return 'fuzz';
}

/** A value of the type with every required field filled; `name` is the argument or field name. */
export function goodValue(type: GraphQLInputType, name: string, seeds: Seeds): unknown {
  if (isNonNullType(type)) return goodValue(type.ofType, name, seeds);
  if (isListType(type)) return [goodValue(type.ofType, name, seeds)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = goodValue(field.type, field.name, seeds);
      }
    }
    return value;
  }
  return goodScalar(type.name, name, seeds);
}

const NUL = 'a\u0000b';
const HUGE_TEXT = 'x'.repeat(20_000);

/** The classes of bad value, by the leaf's type (and, for cursors, its name). */
const BAD_STRINGS = [
  '',
  '   ',
  HUGE_TEXT,
  NUL,
  'Ünïcødé 👩‍💻 \u202e עברית 𝔘',
  '\ud800',
  "'; DROP TABLE customers; --",
  '-1',
  '1e400',
  'NaN',
];
const BAD_CURSORS = [
  cursorOf(['x', 'y']),
  cursorOf(['2026-02-30T00:00:00.000Z', UNKNOWN_ID]),
  cursorOf([1, 2]),
  cursorOf({}),
  cursorOf(['\u0000', UNKNOWN_ID]),
  cursorOf(['1e999', UNKNOWN_ID]),
  'not a cursor!',
  '',
];
const BAD_IDS = ['', 'not-an-id', '00000000-0000-0000-0000-000000000000', NUL, 'x'.repeat(5_000), '1', '-1'];
const BAD_INTS = [-1, 0, -2147483648, 2147483647, 2147483648, 1.5, 'Infinity', 'NaN', '12'];
const BAD_FLOATS = [-1, 0, 1e308, -1e308, 5e-324, 'Infinity', 'NaN'];
const BAD_BOOLEANS = ['true', 1];
const BAD_ENUMS = ['NOT_A_VALUE', '', NUL, 'admin'];
const BAD_DATE_TIMES = [
  '2026-02-30T10:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-03-01T25:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1970-01-01T00:00:00Z',
  'yesterday',
  '',
  '2026-03-01T10:00:00\u0000Z',
];
const BAD_LOCAL_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2027-02-29',
  '0001-01-01',
  '9999-12-31',
  '',
  'yesterday',
];
const BAD_OBJECTS = [{}, 'text', [], 42];
const BAD_LISTS = [[], ['\u0000']];

export function badValuesFor(type: GraphQLInputType, name: string): unknown[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return BAD_OBJECTS;
  if (isEnumType(named)) return BAD_ENUMS;
  const asList = isListType(isNonNullType(type) ? type.ofType : type) ? BAD_LISTS : [];
  switch (named.name) {
    case 'ID':
      return [...BAD_IDS, ...asList];
    case 'Int':
      return BAD_INTS;
    case 'Float':
      return BAD_FLOATS;
    case 'Boolean':
      return BAD_BOOLEANS;
    case 'DateTime':
      return BAD_DATE_TIMES;
    case 'LocalDate':
      return BAD_LOCAL_DATES;
  }
  if (name === 'after' || name === 'before') return BAD_CURSORS;
  return [...BAD_STRINGS, ...asList];
}

/** A stable number from text: the same leaf always gets the same sample. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/**
 * `count` of the values, chosen deterministically by `key` and spread so that, over many leaves
 * of one class, every value of the class is sent.
 */
export function sample<T>(values: T[], count: number, key: string): T[] {
  if (values.length <= count) return values;
  const start = hashOf(key) % values.length;
  return Array.from({ length: count }, (_, i) => values[(start + i) % values.length]);
}
