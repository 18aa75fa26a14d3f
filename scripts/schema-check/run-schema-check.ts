import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllowFile } from './allow-file';
import { baselineSnapshot } from './baseline-snapshot';
import { generateSchemas } from './generated-schemas';
import { baselineCommit } from './git-baseline';
import { schemaCheckVerdict, type SchemaCheckVerdict } from './schema-check-verdict';
import { ALLOW_FILE_PATH } from './schema-paths';
import { snapshotChanges } from './snapshot-changes';
import { staleGeneratedFiles } from './stale-generated-files';
import { workingTreeSnapshot } from './working-tree-snapshot';

/** The working tree's subgraphs, supergraph and event schemas against those where it left `baseRef`. */
export async function runSchemaCheck(repositoryRoot: string, baseRef: string): Promise<SchemaCheckVerdict> {
  const commit = baselineCommit(repositoryRoot, baseRef);
  const generated = generateSchemas();
  const changes = await snapshotChanges(
    baselineSnapshot(repositoryRoot, commit),
    workingTreeSnapshot(generated),
  );
  const allowFile = join(repositoryRoot, ALLOW_FILE_PATH);
  const allowList = parseAllowFile(
    existsSync(allowFile) ? readFileSync(allowFile, 'utf8') : undefined,
    ALLOW_FILE_PATH,
  );
  return schemaCheckVerdict(changes, allowList, staleGeneratedFiles(repositoryRoot, generated));
}
