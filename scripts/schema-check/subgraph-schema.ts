import { parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';

/**
 * A subgraph's SDL as the schema its server exposes: Apollo's own builder knows the federation
 * directives (@key, @link...) and adds `_entities` and `_service`, so nothing is left undeclared.
 */
export function subgraphSchemaOf(sdl: string): GraphQLSchema {
  return buildSubgraphSchema(parse(sdl));
}
