import { defaultBaseRef } from './schema-check/git-baseline';
import { runSchemaCheck } from './schema-check/run-schema-check';
import { ALLOW_FILE_PATH, REPOSITORY_ROOT } from './schema-check/schema-paths';

const USAGE = 'usage: npm run schema:check [-- --base <ref>]   (default: origin/main, else main)';

/**
 * `npm run schema:check`: the breaking-change gate. Compares every subgraph's SDL, the composed
 * supergraph and the event schemas with the base branch (GraphQL Inspector for the graph) and
 * fails on a breaking change that schema-changes.allow.json does not list with a reason.
 */
async function main(): Promise<void> {
  const baseRef = baseRefFromArguments(process.argv.slice(2)) ?? defaultBaseRef(REPOSITORY_ROOT);
  console.log(`[schema:check] subgraphs, supergraph and event schemas against ${baseRef}...`);
  const verdict = await runSchemaCheck(REPOSITORY_ROOT, baseRef);
  for (const line of verdict.lines) console.log(line);
  if (verdict.passed) {
    console.log(`[schema:check] passed: ${verdict.counts}`);
    return;
  }
  console.error(
    `[schema:check] FAILED: ${verdict.counts}. Make the change additive (a new field, a new event version), or list it in ${ALLOW_FILE_PATH} with a reason and its reviewer.`,
  );
  process.exitCode = 1;
}

function baseRefFromArguments(args: string[]): string | undefined {
  if (args.length === 0) return undefined;
  if (args.length === 2 && args[0] === '--base' && args[1]) return args[1];
  throw new Error(USAGE);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
