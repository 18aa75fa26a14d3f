import { z } from 'zod';
import { badUserInput, InputProblems, refuseNul } from '@crm/errors';
import { parseInput } from './input-parsing';

export interface NewProduct {
  code: string;
  name: string;
  description: string | null;
  active: boolean;
}

export type ProductChanges = Partial<Omit<NewProduct, 'code'>>;

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const description = z.string().trim().max(5000, 'must be at most 5000 characters');

const newSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
      'must be 1 to 64 letters, digits, dots, dashes or underscores',
    ),
  name,
  description: description.nullish(),
  active: z.boolean().nullish(),
});

const changesSchema = z.object({
  name: name.nullish(),
  description: description.nullish(),
  active: z.boolean().nullish(),
});

/** Codes are compared upper-cased, so "tel-100" and "TEL-100" are the same product. */
export function parseNewProduct(input: unknown, path = 'input'): NewProduct {
  const fields = parseInput(newSchema, input, path);
  return {
    code: fields.code.toUpperCase(),
    name: fields.name,
    description: fields.description || null,
    active: fields.active ?? true,
  };
}

/** Only the fields given change; a null name or active flag is refused rather than cleared. */
export function parseProductChanges(input: unknown, path = 'input'): ProductChanges {
  const fields = parseInput(changesSchema, input, path);
  const changes: ProductChanges = {};
  const problems = new InputProblems();
  if (fields.name === null) problems.add(`${path}.name`, 'must not be null');
  if (fields.active === null) problems.add(`${path}.active`, 'must not be null');
  problems.throwIfAny();
  if (fields.name !== undefined && fields.name !== null) changes.name = fields.name;
  if (fields.active !== undefined && fields.active !== null) changes.active = fields.active;
  if (fields.description !== undefined) changes.description = fields.description || null;
  return changes;
}

export function parseStockQuantity(field: string, quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 0) {
    throw badUserInput(field, `must be a whole number ≥ 0 (got ${quantity})`);
  }
  return quantity;
}

/** Counts arrive out of order from warehouses: only one at least as recent as the count held applies. */
export function isLatestStockCount(heldAt: Date | null, asOf: Date): boolean {
  return heldAt === null || heldAt <= asOf;
}

/** A product search is a prefix of a code or name, at most 100 characters, compared lower-case. */
export function parseProductSearch(search: string, field = 'search'): string {
  const text = refuseNul(field, search).trim().toLowerCase();
  if (text.length > 100) throw badUserInput(field, 'must be at most 100 characters');
  return text;
}
