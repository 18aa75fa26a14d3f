import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { GeneratedSchemas } from './generated-schemas';
import { ASYNCAPI_PATH, SUPERGRAPH_PATH } from './schema-paths';

/**
 * What is wrong with the committed supergraph.graphql and docs/asyncapi.json: they are the next
 * change's baseline, so a change that does not regenerate them would slip past the gate later.
 */
export function staleGeneratedFiles(repositoryRoot: string, generated: GeneratedSchemas): string[] {
  const read = (path: string) =>
    existsSync(join(repositoryRoot, path)) ? readFileSync(join(repositoryRoot, path), 'utf8') : undefined;
  const problems: string[] = [];
  if (read(SUPERGRAPH_PATH) !== generated.supergraph) {
    problems.push(`${SUPERGRAPH_PATH} is not what the subgraphs compose to: run \`npm run compose\``);
  }
  const asyncApi = read(ASYNCAPI_PATH);
  if (asyncApi === undefined || !isDeepStrictEqual(JSON.parse(asyncApi), generated.asyncApi)) {
    problems.push(`${ASYNCAPI_PATH} is not what the event catalogue generates: run \`npm run asyncapi\``);
  }
  return problems;
}
