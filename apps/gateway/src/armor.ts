import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayLimits } from '@crm/config';

/**
 * graphql-armor's limits, checked while the operation is validated, so an abusive query is
 * refused before the gateway plans it or calls any subgraph.
 */
export function armorFor(limits: GatewayLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
