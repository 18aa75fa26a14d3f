import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { USER_ROLES, type UserRole } from './user-role';

export interface NewUser {
  name: string;
  email: string;
  roles: UserRole[];
}

const newUserSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  email: z.string().trim().toLowerCase().pipe(z.email('must be an email address such as ada@example.com')),
  roles: z
    .array(z.enum(USER_ROLES, { error: `must be one of ${USER_ROLES.join(', ')}` }))
    .min(1, `must hold at least one role, e.g. ["SALES_REP"]`)
    // A role held twice is the same role; keep the stored list canonical.
    .transform((roles) => [...new Set(roles)]),
});

/** Validates and normalises createUser's input; the first problem is reported with its field path. */
export function parseNewUser(input: unknown, path = 'input'): NewUser {
  const result = newUserSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badUserInput([path, ...issue.path].join('.'), issue.message);
}
