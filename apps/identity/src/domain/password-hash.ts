import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommended minimum),
 * stored as a PHC string that carries its own salt and parameters, so they can be raised later.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of a random password, checked when there is no user (or no password) to check against,
// so an unknown email takes as long as a wrong password and does not give the user list away.
let decoy: Promise<string> | undefined;

/** True only if `password` matches `passwordHash`; a missing hash costs the same time and fails. */
export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hashPassword(crypto.randomUUID());
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
