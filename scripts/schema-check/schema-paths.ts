import { join } from 'node:path';

/** The repository this script belongs to: the gate always compares its own files. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..');
/** Paths relative to the repository root, as git names them. */
export const SUPERGRAPH_PATH = 'supergraph.graphql';
export const ASYNCAPI_PATH = 'docs/asyncapi.json';
export const ALLOW_FILE_PATH = 'schema-changes.allow.json';
