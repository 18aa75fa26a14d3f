import { z } from 'zod';
import { parseAmount, parseCurrency } from '@crm/db';
import { InputProblems } from '@crm/errors';
import { parseInput } from './input-parsing';
import { initialStage, OPPORTUNITY_STAGES, probabilityFor, type OpportunityStage } from './opportunity-stage';

export interface NewOpportunity {
  customerId: string;
  name: string;
  amount: string;
  currency: string;
  stage: OpportunityStage;
  probability: number;
  expectedCloseDate: string | null;
  ownerId: string | null;
}

const inputSchema = z.object({
  customerId: z.uuid('must be a customer id (UUID)'),
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  amount: z.string(),
  currency: z.string(),
  stage: z.enum(OPPORTUNITY_STAGES).nullish(),
  probability: z.number().nullish(),
  expectedCloseDate: z.iso.date('must be a date such as 2026-12-31').nullish(),
  ownerId: z.uuid('must be a user id (UUID)').nullish(),
});

/** Validates createOpportunity's input; money stays a decimal string from end to end. */
export function parseNewOpportunity(input: unknown, path = 'input'): NewOpportunity {
  const fields = parseInput(inputSchema, input, path);
  const problems = new InputProblems();
  const amount = problems.check(() => parseAmount(`${path}.amount`, fields.amount));
  const currency = problems.check(() => parseCurrency(`${path}.currency`, fields.currency));
  const stage = problems.check(() => initialStage(fields.stage, `${path}.stage`));
  const probability = problems.check(() =>
    probabilityFor(stage ?? 'PROSPECTING', fields.probability, `${path}.probability`),
  );
  problems.throwIfAny();
  return {
    customerId: fields.customerId.toLowerCase(),
    name: fields.name,
    amount: amount!,
    currency: currency!,
    stage: stage!,
    probability: probability!,
    expectedCloseDate: fields.expectedCloseDate ?? null,
    ownerId: fields.ownerId ?? null,
  };
}
