import type { GraphQLSchema } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';

/**
 * The schema clients see through the gateway: the supergraph without its join__ and link__
 * routing directives, so moving a field between subgraphs is not reported as a change to clients.
 */
export function supergraphApiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
