import { parseArgs } from 'node:util';
import { signToken, USER_TOKEN, type Caller } from '@crm/auth';
import { loadServiceConfig } from '@crm/config';
import { createServiceDataSource } from '@crm/db';
import { RefreshToken } from '../apps/identity/src/data/refresh-token.entity';
import { Team } from '../apps/identity/src/data/team.entity';
import { User } from '../apps/identity/src/data/user.entity';
import { loadIdentitySigningKey } from '../apps/identity/src/identity-signing-key';
import { accessTokenFor } from '../apps/identity/src/sessions/access-token';

const USAGE = `usage: npm run -s token -- --email ada@demo.crm.example [--expires 1h]
       npm run -s token -- --user-id <uuid> --roles ADMIN[,…] [--expires 1h]   (no directory lookup, e.g. before the first user exists)`;

// Progress goes to stderr, so `TOKEN=$(npm run -s token -- --email …)` captures the token alone.
const log = (message: string) => console.error(`[token] ${message}`);

class UsageError extends Error {}

/** The user's token as login would sign it: roles, team and managed users read from identity's schema. */
async function tokenForEmail(email: string, expires: string): Promise<string> {
  const { databaseUrl } = loadServiceConfig('identity');
  log(`looking up ${email} in the identity schema at ${databaseUrl.replace(/\/\/[^@]*@/, '//…@')}`);
  const dataSource = createServiceDataSource({
    url: databaseUrl,
    schema: 'identity',
    entities: [User, Team, RefreshToken],
    migrations: [],
    applicationName: 'crm-token',
  });
  await dataSource.initialize();
  try {
    const user = await dataSource.manager.findOneBy(User, { email: email.trim().toLowerCase() });
    if (!user) throw new Error(`no user has the email ${email}; list them with the users query`);
    if (!user.active) throw new Error(`${email} is deactivated; inactive users get no tokens`);
    const key = await loadIdentitySigningKey();
    const { accessToken, accessTokenExpiresAt } = await accessTokenFor(
      dataSource.manager,
      user,
      key,
      expires,
    );
    log(`${user.name} (${user.roles.join(', ')}), valid until ${accessTokenExpiresAt.toISOString()}`);
    return accessToken;
  } finally {
    await dataSource.destroy();
  }
}

async function tokenForCaller(userId: string, roles: string, expires: string): Promise<string> {
  const caller: Caller = {
    userId,
    roles: roles.split(',').filter(Boolean),
    teamId: null,
    managedUserIds: [],
  };
  if (caller.roles.length === 0) throw new UsageError('--roles needs at least one role, e.g. --roles ADMIN');
  log(`a token for ${userId} (${caller.roles.join(', ')}), not looked up in the directory`);
  return signToken(caller, await loadIdentitySigningKey(), USER_TOKEN, expires);
}

/** `npm run token -- --email <email> [--expires 1h]`: prints a user access token. */
async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      'user-id': { type: 'string' },
      roles: { type: 'string', default: '' },
      expires: { type: 'string', default: '1h' },
    },
  });
  const expires = values.expires ?? '1h';
  if (values.email) return console.log(await tokenForEmail(values.email, expires));
  if (values['user-id'])
    return console.log(await tokenForCaller(values['user-id'], values.roles ?? '', expires));
  throw new UsageError('say whose token: --email, or --user-id with --roles');
}

main().catch((error: unknown) => {
  console.error(`[token] ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) console.error(USAGE);
  process.exit(1);
});
