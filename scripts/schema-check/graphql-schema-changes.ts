import type { GraphQLSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import type { ChangeLevel, SchemaChange } from './schema-change';

const LEVELS: Record<CriticalityLevel, ChangeLevel> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

/** The changes from one GraphQL schema to the next, as GraphQL Inspector rates them. */
export async function graphqlSchemaChanges(
  subject: string,
  before: GraphQLSchema,
  after: GraphQLSchema,
): Promise<SchemaChange[]> {
  const changes = await diff(before, after);
  return changes.map(({ criticality, message }) => ({
    subject,
    level: LEVELS[criticality.level],
    // One line each: the allow-file names a change by its message, and descriptions may span lines.
    message: message.replace(/\s*\n\s*/g, ' '),
  }));
}
