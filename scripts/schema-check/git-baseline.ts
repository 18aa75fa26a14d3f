import { spawnSync } from 'node:child_process';

/** The branch a change is compared with when none is named: the remote's main when the clone has one. */
export function defaultBaseRef(repositoryRoot: string): string {
  return refExists(repositoryRoot, 'origin/main') ? 'origin/main' : 'main';
}

/**
 * The commit to compare with: where HEAD left `ref`, so changes made on main since then are not
 * reported as this branch undoing them (the same as `git diff ref...HEAD`).
 */
export function baselineCommit(repositoryRoot: string, ref: string): string {
  if (!refExists(repositoryRoot, ref)) {
    throw new Error(`schema:check: "${ref}" is no commit here: fetch it, or name another with --base <ref>`);
  }
  const commit = git(repositoryRoot, ['merge-base', ref, 'HEAD']) ?? git(repositoryRoot, ['rev-parse', ref]);
  return commit!.trim();
}

/** A file's content at a commit; undefined when the commit has no such file. */
export function fileAtCommit(repositoryRoot: string, commit: string, path: string): string | undefined {
  return git(repositoryRoot, ['show', `${commit}:${path}`]);
}

/** The paths of every file under a folder at a commit. */
export function filesAtCommit(repositoryRoot: string, commit: string, folder: string): string[] {
  const listing = git(repositoryRoot, ['ls-tree', '-r', '--name-only', commit, '--', folder]) ?? '';
  return listing.split('\n').filter(Boolean);
}

function refExists(repositoryRoot: string, ref: string): boolean {
  return git(repositoryRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined;
}

/** git's output, or undefined when git fails (an unknown ref or path). */
function git(repositoryRoot: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return result.status === 0 ? result.stdout : undefined;
}
