// Bundles one Node entry point into one CommonJS file: the @crm/* libraries inlined, npm packages
// left external (installed by `npm ci --omit=dev` beside the bundle).
import { build } from 'esbuild';

export async function bundleNodeEntry(entryPoint, outfile) {
  await build({
    entryPoints: [entryPoint],
    outfile,
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
}
