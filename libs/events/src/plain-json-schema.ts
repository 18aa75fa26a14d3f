/**
 * Rewrites ajv's `nullable` (an OpenAPI keyword) as standard JSON Schema (draft-07), so the schema
 * events are validated with is exactly the one data teams read in the AsyncAPI document.
 */
export function toPlainJsonSchema<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(toPlainJsonSchema) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...keywords } = schema as Record<string, unknown>;
  const plain: Record<string, unknown> = Object.fromEntries(
    Object.entries(keywords).map(([keyword, value]) => [keyword, toPlainJsonSchema(value)]),
  );
  // A property that happens to be called "nullable" is a schema (an object), not the keyword.
  if (nullable !== undefined && typeof nullable !== 'boolean') plain.nullable = toPlainJsonSchema(nullable);
  if (nullable === true && typeof plain.type === 'string' && plain.type !== 'null') {
    plain.type = [plain.type, 'null'];
  }
  return plain as T;
}
