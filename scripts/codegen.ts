import { readFileSync, existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from each subgraph's SDL (`npm run codegen`), so an SDL/code drift is a
 * type error. Each app maps its GraphQL types to the rows its resolvers return in
 * `apps/<app>/codegen-mappers.json` (paths relative to `src/generated/`).
 */
export const SUBGRAPH_APPS = [
  'identity',
  'customer',
  'sales',
  'service',
  'marketing',
  'analytics',
  'notification',
] as const;

export const resolverTypesFile = (app: string) => `apps/${app}/src/generated/resolvers-types.ts`;

const pascal = (name: string) => name[0].toUpperCase() + name.slice(1);

function mappersOf(app: string): Record<string, string> {
  const file = `apps/${app}/codegen-mappers.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

const resolverTypesOf = (app: string) => ({
  schema: `apps/${app}/src/schema/*.graphql`,
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    useIndexSignature: false,
    useTypeImports: true,
    // Rows are imported as <Type>Row so they never clash with the generated GraphQL types.
    mapperTypeSuffix: 'Row',
    contextType: `../${app}-context#${pascal(app)}Context`,
    mappers: mappersOf(app),
    // A type without a mapper may be returned field by field from any row shape.
    defaultMapper: 'Partial<{T}>',
    scalars: { ID: 'string', DateTime: 'Date | string', LocalDate: 'string' },
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    maybeValue: 'T | null',
    inputMaybeValue: 'T | null | undefined',
    resolverTypeWrapperSignature: 'Promise<T> | T',
  },
});

/** The stale check writes to a scratch folder and formats like prettier does here. */
const outputDir = process.env.CODEGEN_OUTPUT_DIR ?? '.';

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  generates: Object.fromEntries(
    SUBGRAPH_APPS.map((app) => [`${outputDir}/${resolverTypesFile(app)}`, resolverTypesOf(app)]),
  ),
  hooks: process.env.CODEGEN_OUTPUT_DIR ? {} : { afterAllFileWrite: ['prettier --write'] },
};

export default config;
