import { z } from 'zod';
import { contactFieldSchemas as f, type ContactDetails } from './contact-fields';
import { parseInput } from './parse-input';

const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const contactUpdateSchema = z
  .object({
    firstName: f.firstName.optional(),
    lastName: f.lastName.optional(),
    email: clearable(f.email),
    phone: clearable(f.phone),
    jobTitle: clearable(f.jobTitle),
    role: clearable(f.role),
    primary: z.boolean().optional(),
  })
  .strict();

/** Validates updateContact's input and returns only the fields whose value changes. */
export function parseContactUpdate(
  current: ContactDetails,
  input: unknown,
  path = 'input',
): Partial<ContactDetails> {
  const update = parseInput(contactUpdateSchema, input ?? {}, path);
  return Object.fromEntries(
    Object.entries(update).filter(
      ([field, value]) => value !== undefined && current[field as keyof ContactDetails] !== value,
    ),
  ) as Partial<ContactDetails>;
}
