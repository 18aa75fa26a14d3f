/**
 * ISO 4217 minor units (the digits after the decimal point) of the currencies that do not use
 * two; every other active code uses two. Intl's data is CLDR's, which differs from ISO for
 * several (HUF, IQD, COP, ...), hence this table.
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html
 */
const MINOR_UNITS_OTHER_THAN_TWO: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Codes ISO 4217 gives no minor unit ("N.A.": metals, funds, testing): shown as stored. */
const NO_MINOR_UNIT = new Set([
  'XAG',
  'XAU',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
  'XDR',
  'XPD',
  'XPT',
  'XSU',
  'XTS',
  'XUA',
  'XXX',
]);

export function minorUnitsOf(currency: string): number {
  if (NO_MINOR_UNIT.has(currency)) return 0;
  return MINOR_UNITS_OTHER_THAN_TWO[currency] ?? 2;
}
