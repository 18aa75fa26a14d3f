import { join } from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { SERVICE_NAMES, SERVICE_PORTS } from '@crm/config';
import { readSubgraphSdl } from '@crm/subgraph-kit';

const repositoryRoot = join(__dirname, '..', '..', '..');

export const SUPERGRAPH_FILE = join(repositoryRoot, 'supergraph.graphql');

export function subgraphSourceDir(service: string): string {
  return join(repositoryRoot, 'apps', service, 'src');
}

/**
 * Composes the supergraph from every subgraph's SDL in the repository, as Apollo's rover would.
 * Routing URLs are the defaults; the gateway takes the real ones from its environment.
 */
export function composeSupergraph(): { supergraphSdl?: string; errors: string[] } {
  const result = composeServices(
    SERVICE_NAMES.map((service) => ({
      name: service,
      url: `http://127.0.0.1:${SERVICE_PORTS[service]}/graphql`,
      typeDefs: parse(readSubgraphSdl(subgraphSourceDir(service))),
    })),
  );
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: result.supergraphSdl, errors: [] };
}
