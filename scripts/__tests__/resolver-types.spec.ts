import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolverTypesFile, SUBGRAPH_APPS } from '../codegen';

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync('npx', [command, ...args], { env, encoding: 'utf8' });

/** As the supergraph check does for composition: the committed resolver types match the SDL. */
describe('the generated resolver types', () => {
  const outputDir = mkdtempSync(join(tmpdir(), 'crm-codegen-'));
  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  it('are current: run `npm run codegen` after changing a subgraph SDL or its mappers', () => {
    const generated = run('graphql-codegen', ['--config', 'scripts/codegen.ts'], {
      ...process.env,
      CODEGEN_OUTPUT_DIR: outputDir,
    });
    expect(generated.stderr).toBe('');
    expect(generated.status).toBe(0);
    // Formatted with the repository's prettier settings, as the codegen hook does.
    expect(
      run('prettier', ['--config', '.prettierrc.json', '--log-level', 'warn', '--write', outputDir]).status,
    ).toBe(0);
    for (const app of SUBGRAPH_APPS) {
      const file = resolverTypesFile(app);
      const fresh = readFileSync(join(outputDir, file), 'utf8');
      expect({ file, content: readFileSync(file, 'utf8') }).toEqual({ file, content: fresh });
    }
  }, 60_000);
});
