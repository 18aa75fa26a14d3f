import { spawnSync } from 'node:child_process';

/** `npm test`: formatting, lint and typecheck of every project, then every unit and integration test. */
function run(command: string, args: string[]): void {
  console.log(`\n[test] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['prettier', '--check', '.']);
run('npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']);
// In band: integration tests share one broker and one test database, and start whole platforms.
run('npx', ['jest', '--runInBand', '--json', '--outputFile=jest-results.json', ...process.argv.slice(2)]);
