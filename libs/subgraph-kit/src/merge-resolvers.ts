import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** Merges resolver maps type by type; two maps may both extend Query or Customer. */
export function mergeResolvers<TContext>(maps: GraphQLResolverMap<TContext>[]): GraphQLResolverMap<TContext> {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const isScalar = typeof fields !== 'object' || fields === null || 'serialize' in fields;
      merged[typeName] = isScalar ? fields : { ...merged[typeName], ...fields };
    }
  }
  return merged as GraphQLResolverMap<TContext>;
}
