import { z } from 'zod';
import { isUuid } from '@crm/db';
import { badUserInput } from '@crm/errors';

export interface NewTeam {
  name: string;
  managerId: string;
}

const newTeamSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  managerId: z
    .string()
    .refine(isUuid, { error: (issue) => `must be an id (UUID) (got "${String(issue.input)}")` })
    .transform((id) => id.toLowerCase()),
});

/** Validates and normalises createTeam's input; the first problem is reported with its field path. */
export function parseNewTeam(input: unknown, path = 'input'): NewTeam {
  const result = newTeamSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badUserInput([path, ...issue.path].join('.'), issue.message);
}

export interface ManagerCandidate {
  id: string;
  active: boolean;
}

/** A team is managed by someone who can still sign in. */
export function assertActiveManager(manager: ManagerCandidate, field = 'input.managerId'): void {
  if (!manager.active)
    throw badUserInput(field, `user ${manager.id} is deactivated; choose an active manager`);
}
