import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A subgraph's SDL is every `.graphql` file in its `src/schema/` folder, one concept per file
 * (tickets, SLA, knowledge base...); a file may `extend type` what another declares.
 */
export function subgraphSdlFiles(appSourceDir: string): string[] {
  const schemaDir = join(appSourceDir, 'schema');
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(schemaDir, name));
}

/** The subgraph's whole SDL, its files joined in name order. */
export function readSubgraphSdl(appSourceDir: string): string {
  return subgraphSdlFiles(appSourceDir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
