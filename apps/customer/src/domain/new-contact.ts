import { z } from 'zod';
import { contactFieldSchemas as f, optional, type ContactDetails } from './contact-fields';
import { parseInput } from './parse-input';

const newContactSchema = z.object({
  customerId: z.uuid('must be a customer id (UUID)'),
  firstName: f.firstName,
  lastName: f.lastName,
  email: optional(f.email),
  phone: optional(f.phone),
  jobTitle: optional(f.jobTitle),
  role: optional(f.role),
  primary: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export type NewContact = ContactDetails & { customerId: string };

/** Validates and normalises createContact's input. */
export function parseNewContact(input: unknown, path = 'input'): NewContact {
  return parseInput(newContactSchema, input, path);
}

/** A contact as it is born, whoever creates it: createContact or a converted lead. */
export interface NewContactRecord extends NewContact {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function newContactRecord(
  details: ContactDetails,
  customerId: string,
  id: string,
  at: Date,
): NewContactRecord {
  return {
    firstName: details.firstName,
    lastName: details.lastName,
    email: details.email,
    phone: details.phone,
    jobTitle: details.jobTitle,
    role: details.role,
    primary: details.primary,
    customerId,
    id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
