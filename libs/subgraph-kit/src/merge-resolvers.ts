import type { buildSubgraphSchema } from '@apollo/subgraph';

/** What buildSubgraphSchema takes as resolvers, named through its public signature only. */
export type SubgraphResolvers = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']
>;

/**
 * Merges resolver maps type by type; two maps may both extend Query or Customer. Each map is an
 * app's generated `Resolvers` type (see codegen.ts), so its shape was checked against the SDL.
 */
export function mergeResolvers(maps: object[]): SubgraphResolvers {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const isScalar = typeof fields !== 'object' || fields === null || 'serialize' in fields;
      merged[typeName] = isScalar ? fields : { ...merged[typeName], ...fields };
    }
  }
  return merged as SubgraphResolvers;
}
