import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type ConstArgumentNode } from 'graphql';

/** An entity type of a subgraph's SDL: a type with `@key`. */
export interface SubgraphEntity {
  keyFields: Set<string>;
  /** false for `@key(..., resolvable: false)`: a reference stub this subgraph cannot resolve. */
  resolvable: boolean;
}

const argument = (args: readonly ConstArgumentNode[] | undefined, name: string) =>
  args?.find((arg) => arg.name.value === name)?.value;

/** The entities (`@key`) an SDL declares or extends, by type name. */
export function entitiesOf(sdl: string): Map<string, SubgraphEntity> {
  const entities = new Map<string, SubgraphEntity>();
  for (const node of parse(sdl).definitions) {
    if (node.kind !== Kind.OBJECT_TYPE_DEFINITION && node.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const directive of node.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const entity = entities.get(node.name.value) ?? { keyFields: new Set(), resolvable: true };
      const fields = argument(directive.arguments, 'fields');
      if (fields?.kind === Kind.STRING)
        for (const name of fields.value.split(/[\s{}]+/).filter(Boolean)) entity.keyFields.add(name);
      const resolvable = argument(directive.arguments, 'resolvable');
      if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) entity.resolvable = false;
      entities.set(node.name.value, entity);
    }
  }
  return entities;
}

const cache = new Map<string, { stamp: string; entities: Map<string, SubgraphEntity> }>();

/** The SDL files of an app's `src/schema/` folder, in name order. */
function sdlFilesIn(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(schemaDir, name));
}

/** The entities of the SDL files in `schemaDir`, re-read only when one changed (editors lint often). */
export function readEntities(schemaDir: string): Map<string, SubgraphEntity> {
  const files = sdlFilesIn(schemaDir);
  const stamp = files.map((file) => `${file}@${statSync(file).mtimeMs}`).join('|');
  const cached = cache.get(schemaDir);
  if (cached?.stamp === stamp) return cached.entities;
  const entities = entitiesOf(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
  cache.set(schemaDir, { stamp, entities });
  return entities;
}
