// Bundles one app into dist/apps/<name>/main.js: the @crm/* libraries inlined, npm packages left
// external (installed by `npm ci --omit=dev`), the SDL copied beside the bundle.
import { build } from 'esbuild';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = process.argv[2];
if (!projectRoot) throw new Error('usage: node scripts/build-app.mjs apps/<name>');
const outdir = join('dist', projectRoot);

await build({
  entryPoints: [join(projectRoot, 'src', 'main.ts')],
  outfile: join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  plugins: [
    {
      name: 'npm-packages-external',
      setup(esbuild) {
        esbuild.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@crm/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
// The bundle reads its SDL files beside main.js, as the sources read them beside the subgraph module.
const schemaDir = join(projectRoot, 'src', 'schema');
if (existsSync(schemaDir)) cpSync(schemaDir, join(outdir, 'schema'), { recursive: true });
console.log(`built ${join(outdir, 'main.js')}`);
