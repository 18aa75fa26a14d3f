import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { CUSTOMER_KINDS, type CustomerKind } from './customer-vocabulary';

export interface NewCustomer {
  kind: CustomerKind;
  name: string;
  email: string | null;
  phone: string | null;
  ownerId: string | null;
}

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

const newCustomerSchema = z.object({
  kind: z.enum(CUSTOMER_KINDS),
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  email: optional(
    z.string().trim().toLowerCase().pipe(z.email('must be an email address such as ada@example.com')),
  ),
  phone: optional(
    z
      .string()
      .trim()
      .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +33612345678'),
  ),
  ownerId: optional(z.uuid('must be a user id (UUID)')),
});

/** Validates and normalises createCustomer's input; the first problem is reported with its field path. */
export function parseNewCustomer(input: unknown, path = 'input'): NewCustomer {
  const result = newCustomerSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badUserInput([path, ...issue.path].join('.'), issue.message);
}
