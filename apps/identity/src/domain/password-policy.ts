import { badUserInput } from '@crm/errors';

/** NIST SP 800-63B §5.1.1.2 asks for length, not composition rules; 12 is our floor. */
export const MIN_PASSWORD_LENGTH = 12;

/** Hashing megabytes of "password" would be a cheap denial of service. */
export const MAX_PASSWORD_LENGTH = 256;

/** Refuses a password the policy does not accept, naming the field and what to do. */
export function assertPasswordPolicy(password: string, field: string): string {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    throw badUserInput(field, `must be at least ${MIN_PASSWORD_LENGTH} characters (got ${length})`);
  if (length > MAX_PASSWORD_LENGTH)
    throw badUserInput(field, `must be at most ${MAX_PASSWORD_LENGTH} characters (got ${length})`);
  if (password.trim() === '') throw badUserInput(field, 'must not be only spaces');
  return password;
}
