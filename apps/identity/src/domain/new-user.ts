import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { ROLES, type Role } from '@crm/permissions';
import { isUuid } from '@crm/db';
import { assertPasswordPolicy } from './password-policy';

export interface NewUser {
  name: string;
  email: string;
  roles: Role[];
  /** Without one, the user cannot log in until an admin sets one (setPassword). */
  password: string | null;
  teamId: string | null;
}

const rolesSchema = z
  .array(z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }))
  .min(1, `must hold at least one role, e.g. ["SALES_REP"]`)
  // A role held twice is the same role; keep the stored list canonical.
  .transform((roles) => [...new Set(roles)]);

const newUserSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  email: z.string().trim().toLowerCase().pipe(z.email('must be an email address such as ada@example.com')),
  roles: rolesSchema,
  password: z
    .string()
    .nullish()
    .transform((password) => password ?? null),
  teamId: z
    .string()
    .refine(isUuid, { error: (issue) => `must be an id (UUID) (got "${String(issue.input)}")` })
    .transform((id) => id.toLowerCase())
    .nullish()
    .transform((id) => id ?? null),
});

function firstProblem(error: z.ZodError, path: string): never {
  const issue = error.issues[0];
  throw badUserInput([path, ...issue.path].join('.'), issue.message);
}

/** Validates and normalises createUser's input; the first problem is reported with its field path. */
export function parseNewUser(input: unknown, path = 'input'): NewUser {
  const result = newUserSchema.safeParse(input);
  if (!result.success) return firstProblem(result.error, path);
  const { password } = result.data;
  if (password !== null) assertPasswordPolicy(password, `${path}.password`);
  return result.data;
}

/** Validates a new role list (changeUserRoles), reported on `path`. */
export function parseRoles(input: unknown, path = 'roles'): Role[] {
  const result = rolesSchema.safeParse(input);
  return result.success ? result.data : firstProblem(result.error, path);
}
