import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSchemas } from '../generated-schemas';
import { runSchemaCheck } from '../run-schema-check';
import { REPOSITORY_ROOT } from '../schema-paths';
import { staleGeneratedFiles } from '../stale-generated-files';

describe('runSchemaCheck on this repository', () => {
  it('passes against HEAD: a clean clone of main compared with itself', async () => {
    const verdict = await runSchemaCheck(REPOSITORY_ROOT, 'HEAD');
    expect(
      verdict.lines.filter((line) => !line.startsWith('  safe') && !line.startsWith('  unused')),
    ).toEqual([]);
    expect(verdict.passed).toBe(true);
  }, 60_000);

  it('fails when supergraph.graphql and docs/asyncapi.json are not what the sources generate', () => {
    const emptyRepository = mkdtempSync(join(tmpdir(), 'crm-schema-check-'));
    try {
      expect(staleGeneratedFiles(emptyRepository, generateSchemas())).toEqual([
        'supergraph.graphql is not what the subgraphs compose to: run `npm run compose`',
        'docs/asyncapi.json is not what the event catalogue generates: run `npm run asyncapi`',
      ]);
      expect(staleGeneratedFiles(REPOSITORY_ROOT, generateSchemas())).toEqual([]);
    } finally {
      rmSync(emptyRepository, { recursive: true, force: true });
    }
  }, 60_000);
});
