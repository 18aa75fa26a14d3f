import { eventSchemasOf } from './event-schemas';
import { fileAtCommit, filesAtCommit } from './git-baseline';
import type { SchemaSnapshot } from './schema-snapshot';
import { ASYNCAPI_PATH, SUPERGRAPH_PATH } from './schema-paths';

// Mirrors libs/subgraph-kit/src/subgraph-sdl.ts: every .graphql file of apps/<service>/src/schema/.
const SUBGRAPH_SDL_FILE = /^apps\/([^/]+)\/src\/schema\/[^/]+\.graphql$/;

/** The schemas as committed at the baseline commit, read with git (no checkout, no old code run). */
export function baselineSnapshot(repositoryRoot: string, commit: string): SchemaSnapshot {
  const asyncApi = fileAtCommit(repositoryRoot, commit, ASYNCAPI_PATH);
  return {
    subgraphs: subgraphSdlsAt(repositoryRoot, commit),
    supergraph: fileAtCommit(repositoryRoot, commit, SUPERGRAPH_PATH),
    events: eventSchemasOf(asyncApi === undefined ? {} : JSON.parse(asyncApi)),
  };
}

function subgraphSdlsAt(repositoryRoot: string, commit: string): Map<string, string> {
  const filesByService = new Map<string, string[]>();
  for (const path of filesAtCommit(repositoryRoot, commit, 'apps').sort()) {
    const service = SUBGRAPH_SDL_FILE.exec(path)?.[1];
    if (service) filesByService.set(service, [...(filesByService.get(service) ?? []), path]);
  }
  return new Map(
    [...filesByService].map(([service, files]) => [
      service,
      files.map((file) => fileAtCommit(repositoryRoot, commit, file)!).join('\n'),
    ]),
  );
}
