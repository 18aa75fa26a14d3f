import { parseArgs } from 'node:util';
import { signAccessToken } from '@crm/auth';
import { DEV_AUTH_TOKEN_SECRET } from '@crm/config';
import { DEMO_ADMIN } from './start/demo-data';

/** `npm run token -- --user-id <uuid> --roles SALES_REP,READ_ONLY --expires 1h`: prints an access token. */
async function main() {
  const { values } = parseArgs({
    options: {
      'user-id': { type: 'string', default: DEMO_ADMIN.userId },
      roles: { type: 'string', default: DEMO_ADMIN.roles.join(',') },
      expires: { type: 'string', default: '12h' },
    },
  });
  const secret = process.env.AUTH_TOKEN_SECRET ?? DEV_AUTH_TOKEN_SECRET;
  const roles = (values.roles ?? '').split(',').filter(Boolean);
  console.log(
    await signAccessToken({ userId: values['user-id'] ?? DEMO_ADMIN.userId, roles }, secret, values.expires),
  );
}

void main();
