// Bundles the platform's one-off setup (database roles and schemas, Kafka topics) into
// dist/infra/platform-setup.js, with the bootstrap SQL it reads beside it.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeEntry } from './bundle-node.mjs';

const outdir = join('dist', 'infra');
await bundleNodeEntry(join('infra', 'platform-setup.ts'), join(outdir, 'platform-setup.js'));
cpSync(join('infra', 'postgres', 'bootstrap.sql'), join(outdir, 'bootstrap.sql'));
console.log(`built ${join(outdir, 'platform-setup.js')}`);
