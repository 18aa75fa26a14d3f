import type { ErrorObject } from 'ajv';
import type { EventProblem } from './event-validation-error';

/** Turns ajv's errors into one problem per field, each naming the field and the value it got. */
export function problemsOf(errors: readonly ErrorObject[], event: unknown): EventProblem[] {
  const messagesByPath = new Map<string, string[]>();
  const typesByPath = new Map<string, string[]>();
  for (const error of errors) {
    // An anyOf (T | null) reports every branch; the branches say what is wrong.
    if (error.keyword === 'anyOf') continue;
    if (error.keyword === 'type') {
      append(typesByPath, error.instancePath, String(error.params.type));
    } else {
      const { path, message } = describe(error, event);
      append(messagesByPath, path, message);
    }
  }
  for (const [path, types] of typesByPath) {
    // A constraint failed at this path, so the value had a right type for some branch.
    if (messagesByPath.has(path)) continue;
    append(messagesByPath, path, `must be ${types.join(' or ')}${got(event, path)}`);
  }
  return [...messagesByPath].map(([path, messages]) => ({ path: path || '/', message: messages.join('; ') }));
}

function describe(error: ErrorObject, event: unknown): EventProblem {
  const { instancePath, keyword, params } = error;
  if (keyword === 'required')
    return { path: `${instancePath}/${params.missingProperty}`, message: 'is required' };
  if (keyword === 'additionalProperties') {
    return { path: `${instancePath}/${params.additionalProperty}`, message: 'is not a known property' };
  }
  return { path: instancePath, message: `${error.message ?? 'is invalid'}${got(event, instancePath)}` };
}

function got(event: unknown, pointer: string): string {
  const value = valueAt(event, pointer);
  const shown = JSON.stringify(value) ?? String(value);
  return ` (got ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown})`;
}

// https://www.rfc-editor.org/rfc/rfc6901
function valueAt(event: unknown, pointer: string): unknown {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/');
  return tokens.reduce<unknown>((value, token) => {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }, event);
}

function append(map: Map<string, string[]>, key: string, value: string): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}
