import Decimal from 'decimal.js';

/** Postgres returns numeric(19,4) as "25000.5000"; read it back in the form it was written ("25000.5"). */
export const exactDecimal = {
  to: (amount: string | null) => amount,
  from: (amount: string | null) => (amount === null ? null : new Decimal(amount).toFixed()),
};
