import { z } from 'zod';
import { parseAmount, parseCurrency } from '@crm/db';
import { InputProblems } from '@crm/errors';
import { parseInput } from './input-parsing';
import { isOpenStage, probabilityFor, type OpportunityStage } from './opportunity-stage';

/** The fields updateOpportunity may change; absent means unchanged, null clears a nullable one. */
export interface OpportunityChanges {
  name?: string;
  amount?: string;
  currency?: string;
  expectedCloseDate?: string | null;
  probability?: number;
  competitors?: string[];
  ownerId?: string | null;
}

const MAX_COMPETITORS = 20;

const inputSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    amount: z.string(),
    currency: z.string(),
    expectedCloseDate: z.iso.date('must be a date such as 2026-12-31').nullable(),
    probability: z.number(),
    competitors: z
      .array(z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'))
      .max(MAX_COMPETITORS, `must list at most ${MAX_COMPETITORS} competitors`),
    ownerId: z.uuid('must be a user id (UUID)').nullable(),
  })
  .partial();

/**
 * Validates updateOpportunity's input against the deal as it is. A closed deal keeps the amount,
 * currency and probability it was won or lost with: reopen it to change them.
 */
export function parseOpportunityChanges(
  input: unknown,
  stage: OpportunityStage,
  path = 'input',
): OpportunityChanges {
  const fields = parseInput(inputSchema, input ?? {}, path);
  const problems = new InputProblems();
  const changes: OpportunityChanges = {};
  if (fields.name !== undefined) changes.name = fields.name;
  if (fields.amount !== undefined && fields.amount !== null)
    changes.amount = problems.check(() => parseAmount(`${path}.amount`, fields.amount!));
  if (fields.currency !== undefined && fields.currency !== null)
    changes.currency = problems.check(() => parseCurrency(`${path}.currency`, fields.currency!));
  if (fields.probability !== undefined && fields.probability !== null)
    changes.probability = problems.check(() =>
      probabilityFor(stage, fields.probability!, `${path}.probability`),
    );
  if (fields.expectedCloseDate !== undefined) changes.expectedCloseDate = fields.expectedCloseDate;
  if (fields.competitors !== undefined && fields.competitors !== null)
    changes.competitors = [...new Set(fields.competitors)];
  if (fields.ownerId !== undefined) changes.ownerId = fields.ownerId?.toLowerCase() ?? null;
  if (!isOpenStage(stage)) {
    for (const field of ['amount', 'currency', 'probability'] as const) {
      if (fields[field] !== undefined && fields[field] !== null)
        problems.add(`${path}.${field}`, `the deal is ${stage}: reopen it to change its ${field}`);
    }
  }
  problems.throwIfAny();
  return changes;
}
