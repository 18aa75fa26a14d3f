import type { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/**
 * The platform's date scalars, by their SDL name: what the subgraphs resolve them with, and what
 * the gateway checks arguments against (its supergraph scalars accept any value).
 */
export const CHECKED_SCALARS: Record<string, { scalar: GraphQLScalarType; expected: string }> = {
  DateTime: {
    scalar: GraphQLDateTimeISO,
    expected: 'must be an ISO-8601 date-time that exists, with an offset, e.g. 2026-03-01T09:00:00Z',
  },
  LocalDate: {
    scalar: GraphQLLocalDate,
    expected: 'must be a calendar date that exists, as YYYY-MM-DD, e.g. 2026-03-01',
  },
};
