import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The workspace's real eslint.config.mjs on files that do not exist: ESLint runs in a child process
 * (it loads its config with import(), which Jest's CommonJS runtime cannot), after building the Nx
 * project graph enforce-module-boundaries reads (without it, the rule skips every file).
 */
const WORKSPACE = join(__dirname, '..', '..', '..', '..');

const LINT_IN_CHILD = `
  import { createRequire } from 'node:module';
  import { ESLint } from 'eslint';
  const require = createRequire(process.cwd() + '/package.json');
  await require('@nx/devkit').createProjectGraphAsync({ exitOnError: true });
  const eslint = new ESLint();
  const results = [];
  for (const { filePath, code } of JSON.parse(process.argv[1])) results.push(...(await eslint.lintText(code, { filePath })));
  console.log(JSON.stringify(results.map(({ filePath, messages }) => ({ filePath, messages }))));
`;

interface Finding {
  ruleId: string | null;
  message: string;
}

function lint(files: Record<string, string>): Record<string, Finding[]> {
  const cases = Object.entries(files).map(([path, code]) => ({ filePath: join(WORKSPACE, path), code }));
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_IN_CHILD, JSON.stringify(cases)],
    {
      cwd: WORKSPACE,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
  if (child.status !== 0) throw new Error(`eslint failed: ${child.stderr}`);
  const results = JSON.parse(child.stdout.trim().split('\n').pop() ?? '[]') as {
    filePath: string;
    messages: Finding[];
  }[];
  return Object.fromEntries(
    results.map(({ filePath, messages }) => [filePath.slice(WORKSPACE.length + 1), messages]),
  );
}

const boundaryErrors = (findings: Finding[] | undefined) =>
  (findings ?? [])
    .filter((finding) => finding.ruleId === '@nx/enforce-module-boundaries')
    .map((f) => f.message);

describe('project boundaries (eslint.config.mjs)', () => {
  let findings: Record<string, Finding[]>;

  beforeAll(() => {
    findings = lint({
      'apps/sales/src/imports-customer-package.ts': `export { startCustomerSubgraph } from '@crm/customer';`,
      'apps/sales/src/imports-customer-source.ts': `export { startCustomerSubgraph } from '../../customer/src/customer-subgraph';`,
      'libs/logger/src/imports-marketing.ts': `export { startMarketingSubgraph } from '@crm/marketing';`,
      'libs/db/src/imports-gateway-source.ts': `export { startGateway } from '../../../apps/gateway/src/start-gateway';`,
      'apps/sales/src/imports-libs.ts': `export { newId } from '@crm/db';\nexport { guard } from '@crm/permissions';`,
      'libs/platform-testing/src/imports-sales.ts': `export { startSalesSubgraph } from '@crm/sales';`,
      'apps/customer/test/imports-own-app.ts': `export { importCustomerFile } from '../src/import/customer-file-import';`,
      'apps/customer/test/imports-other-app.ts': `export { startSalesSubgraph } from '@crm/sales';`,
    });
  }, 120_000);

  it('fails an app importing another app, by package or by path', () => {
    expect(boundaryErrors(findings['apps/sales/src/imports-customer-package.ts'])).toEqual([
      'Imports of apps are forbidden',
    ]);
    expect(boundaryErrors(findings['apps/sales/src/imports-customer-source.ts'])).toEqual([
      expect.stringMatching(/cannot be imported by a relative or absolute path/),
    ]);
  });

  it('fails a lib importing an app, by package or by path', () => {
    // marketing uses logger through the subgraph kit, so the cycle is what the rule names first.
    expect(boundaryErrors(findings['libs/logger/src/imports-marketing.ts'])).toEqual([
      expect.stringMatching(
        /^(Imports of apps are forbidden|Circular dependency between "logger" and "marketing")/,
      ),
    ]);
    expect(boundaryErrors(findings['libs/db/src/imports-gateway-source.ts'])).toEqual([
      expect.stringMatching(/cannot be imported by a relative or absolute path/),
    ]);
  });

  it("fails an app's integration tests importing another app", () => {
    expect(boundaryErrors(findings['apps/customer/test/imports-other-app.ts'])).toEqual([
      'Imports of apps are forbidden',
    ]);
  });

  it('lets apps use libs, the test platform use apps, and tests reach into their own app', () => {
    expect(boundaryErrors(findings['apps/sales/src/imports-libs.ts'])).toEqual([]);
    expect(boundaryErrors(findings['libs/platform-testing/src/imports-sales.ts'])).toEqual([]);
    expect(boundaryErrors(findings['apps/customer/test/imports-own-app.ts'])).toEqual([]);
  });
});
