import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { operationCost } from './query-cost';

/**
 * Refuses an operation whose estimated cost is over the limit, once the request's variables are
 * known (a validation rule sees only the document), before any subgraph is called.
 */
export function queryCostLimit<TContext extends BaseContext>(maxCost: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `Query cost limit of ${maxCost} exceeded, found ${cost}; ask for smaller pages`,
            {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
