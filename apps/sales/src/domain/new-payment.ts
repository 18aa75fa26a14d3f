import { parseAmount, parseCurrency } from '@crm/db';
import { InputProblems, refuseNul } from '@crm/errors';

export interface NewPayment {
  orderId: string;
  amount: string;
  currency: string;
  receivedAt: Date;
  reference: string | null;
}

/** Clocks drift: a payment stamped a minute "in the future" is still accepted. */
const CLOCK_SKEW_MS = 60_000;

/** Validates recordPayment's input, every invalid field at once. */
export function parseNewPayment(
  input: { orderId: string; amount: string; currency: string; receivedAt: Date; reference?: string | null },
  now: Date,
  path = 'input',
): NewPayment {
  const problems = new InputProblems();
  const amount = problems.check(() => parseAmount(`${path}.amount`, input.amount));
  const currency = problems.check(() => parseCurrency(`${path}.currency`, input.currency));
  const reference = problems.check(
    () => refuseNul(`${path}.reference`, input.reference ?? '').trim() || null,
  );
  if (reference && reference.length > 200)
    problems.add(`${path}.reference`, 'must be at most 200 characters');
  if (input.receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    problems.add(`${path}.receivedAt`, 'must not be in the future');
  problems.throwIfAny();
  return {
    orderId: input.orderId,
    amount: amount!,
    currency: currency!,
    receivedAt: input.receivedAt,
    reference: reference ?? null,
  };
}
