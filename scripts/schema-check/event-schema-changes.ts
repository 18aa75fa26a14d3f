import type { EventSchema } from './event-schemas';
import { jsonSchemaChanges } from './json-schema-changes';
import type { SchemaChange } from './schema-change';

/**
 * The changes to the event catalogue, per type. DESIGN §4: changes are additive, and a breaking
 * change is a new type version, so a higher version is compared with nothing. A type that is gone
 * is breaking: its consumers would wait for it for ever.
 */
export function eventSchemaChanges(
  before: ReadonlyMap<string, EventSchema>,
  after: ReadonlyMap<string, EventSchema>,
): SchemaChange[] {
  const types = [...new Set([...before.keys(), ...after.keys()])].sort();
  return types.flatMap((type) => changesOfType(type, before.get(type), after.get(type)));
}

function changesOfType(type: string, before?: EventSchema, after?: EventSchema): SchemaChange[] {
  const change = (level: SchemaChange['level'], message: string) => [{ subject: type, level, message }];
  if (!after) return change('breaking', `event type removed (was version ${before!.version})`);
  if (!before) return change('safe', `event type added (version ${after.version})`);
  if (after.version > before.version) {
    return change('safe', `new version ${after.version} (was ${before.version}): consumers move to it`);
  }
  if (after.version < before.version) {
    return change('breaking', `version went down from ${before.version} to ${after.version}`);
  }
  return jsonSchemaChanges(before.data, after.data).map(({ level, message }) => ({
    subject: type,
    level,
    message,
  }));
}
