// Bundles one app into dist/apps/<name>/main.js (see bundle-node.mjs), the SDL copied beside it.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeEntry } from './bundle-node.mjs';

const projectRoot = process.argv[2];
if (!projectRoot) throw new Error('usage: node scripts/build-app.mjs apps/<name>');
const outdir = join('dist', projectRoot);

await bundleNodeEntry(join(projectRoot, 'src', 'main.ts'), join(outdir, 'main.js'));
// The bundle reads its SDL files beside main.js, as the sources read them beside the subgraph module.
const schemaDir = join(projectRoot, 'src', 'schema');
if (existsSync(schemaDir)) cpSync(schemaDir, join(outdir, 'schema'), { recursive: true });
console.log(`built ${join(outdir, 'main.js')}`);
