import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayLimits } from '@crm/config';

/**
 * graphql-armor's limits, checked while the operation is validated, so an abusive query is
 * refused before the gateway plans it or calls any subgraph. The token limit is graphql-js's own
 * (`parseOptions.maxTokens`: a parse error, 400) and the cost limit reads variables
 * (`query-cost.plugin.ts`), so armor's versions of both are off.
 */
export function armorFor(limits: GatewayLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
