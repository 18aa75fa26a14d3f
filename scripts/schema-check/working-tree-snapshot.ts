import { SERVICE_NAMES } from '@crm/config';
import { subgraphSourceDir } from '@crm/gateway';
import { readSubgraphSdl } from '@crm/subgraph-kit';
import { eventSchemasOf } from './event-schemas';
import type { GeneratedSchemas } from './generated-schemas';
import type { SchemaSnapshot } from './schema-snapshot';

/**
 * The schemas as the sources in the working tree make them: the SDL files, the supergraph composed
 * from them and the catalogue's AsyncAPI document, so a change is checked even before its
 * generated files are written.
 */
export function workingTreeSnapshot(generated: GeneratedSchemas): SchemaSnapshot {
  return {
    subgraphs: new Map(
      SERVICE_NAMES.map((service) => [service, readSubgraphSdl(subgraphSourceDir(service))]),
    ),
    supergraph: generated.supergraph,
    events: eventSchemasOf(generated.asyncApi),
  };
}
