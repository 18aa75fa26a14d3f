import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { parseInput } from './input-parsing';
import { LEAD_SOURCES, type LeadSource } from './lead-score';

export interface AssignmentRuleFields {
  name: string;
  priority: number;
  region: string | null;
  industry: string | null;
  source: LeadSource | null;
  assigneeIds: string[];
  strategy: 'ROUND_ROBIN';
  active: boolean;
}

/** A rule may name a code the dictionary does not have (yet): it then matches no lead. */
const code = z
  .string()
  .trim()
  .max(50, 'must be at most 50 characters')
  .nullish()
  .transform((value) => (value ? value.toUpperCase() : null));

const schema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  priority: z.int('must be a whole number').min(0, 'must be ≥ 0').max(100000, 'must be ≤ 100000'),
  region: code,
  industry: code,
  source: z
    .enum(LEAD_SOURCES)
    .nullish()
    .transform((value) => value ?? null),
  assigneeIds: z
    .array(z.uuid('must be user ids (UUID)'))
    .min(1, 'must name at least one user')
    .max(50, 'must name at most 50 users'),
  strategy: z
    .literal('ROUND_ROBIN')
    .nullish()
    .transform(() => 'ROUND_ROBIN' as const),
  active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
});

/** A rule's criteria and assignees; the same user twice would get twice the leads, so it is refused. */
export function parseAssignmentRule(input: unknown, path = 'input'): AssignmentRuleFields {
  const fields = parseInput(schema, input, path);
  const assigneeIds = fields.assigneeIds.map((id) => id.toLowerCase());
  if (new Set(assigneeIds).size !== assigneeIds.length)
    throw badUserInput(`${path}.assigneeIds`, 'must not name the same user twice');
  return { ...fields, assigneeIds };
}
