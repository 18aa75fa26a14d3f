import type { Tracing } from './start-tracing';

/**
 * Instruments a module that was loaded past Node's require hook, which auto-instrumentation relies
 * on: Jest loads every module through its own registry, so the in-process platform of the tests
 * hands its `pg` over here.
 */
export function patchLoadedModule(tracing: Tracing, name: string, moduleExports: unknown): void {
  const definitions = tracing.instrumentations.flatMap((instrumentation) =>
    instrumentation.getModuleDefinitions().filter((definition) => definition.name === name),
  );
  if (definitions.length === 0) throw new Error(`no traced library instruments "${name}"`);
  for (const definition of definitions) definition.patch?.(moduleExports);
}
