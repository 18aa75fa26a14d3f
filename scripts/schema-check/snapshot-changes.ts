import { eventSchemaChanges } from './event-schema-changes';
import { graphqlSchemaChanges } from './graphql-schema-changes';
import type { SchemaChange } from './schema-change';
import type { SchemaSnapshot } from './schema-snapshot';
import { subgraphSchemaOf } from './subgraph-schema';
import { supergraphApiSchemaOf } from './supergraph-api-schema';

export const SUPERGRAPH_SUBJECT = 'supergraph';

/** Every change from the baseline to the current snapshot: each subgraph, the supergraph, the events. */
export async function snapshotChanges(
  before: SchemaSnapshot,
  after: SchemaSnapshot,
): Promise<SchemaChange[]> {
  return [
    ...(await subgraphChanges(before.subgraphs, after.subgraphs)),
    ...(await supergraphChanges(before.supergraph, after.supergraph)),
    ...eventSchemaChanges(before.events, after.events),
  ];
}

async function subgraphChanges(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): Promise<SchemaChange[]> {
  const services = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes = await Promise.all(
    services.map(async (service): Promise<SchemaChange[]> => {
      const [oldSdl, newSdl] = [before.get(service), after.get(service)];
      if (oldSdl === undefined) return [{ subject: service, level: 'safe', message: 'subgraph added' }];
      if (newSdl === undefined) return [{ subject: service, level: 'breaking', message: 'subgraph removed' }];
      if (oldSdl === newSdl) return [];
      return graphqlSchemaChanges(service, subgraphSchemaOf(oldSdl), subgraphSchemaOf(newSdl));
    }),
  );
  return changes.flat();
}

async function supergraphChanges(before?: string, after?: string): Promise<SchemaChange[]> {
  if (before === undefined || after === undefined || before === after) return [];
  return graphqlSchemaChanges(
    SUPERGRAPH_SUBJECT,
    supergraphApiSchemaOf(before),
    supergraphApiSchemaOf(after),
  );
}
