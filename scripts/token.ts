import { parseArgs } from 'node:util';
import { devKeyFile, loadSigningKey, signToken, USER_TOKEN } from '@crm/auth';
import { DEMO_ADMIN } from './start/demo-data';

/** `npm run token -- --user-id <uuid> --roles SALES_REP,READ_ONLY --expires 1h`: prints a user access token. */
async function main() {
  const { values } = parseArgs({
    options: {
      'user-id': { type: 'string', default: DEMO_ADMIN.userId },
      roles: { type: 'string', default: DEMO_ADMIN.roles.join(',') },
      expires: { type: 'string', default: '12h' },
    },
  });
  const key = await loadSigningKey(process.env.IDENTITY_SIGNING_KEY, devKeyFile('identity'));
  const roles = (values.roles ?? '').split(',').filter(Boolean);
  const caller = { ...DEMO_ADMIN, userId: values['user-id'] ?? DEMO_ADMIN.userId, roles };
  console.log(await signToken(caller, key, USER_TOKEN, values.expires ?? '12h'));
}

void main();
