import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode, type FieldProblem } from '@crm/errors';
import { argumentProblems } from './argument-problems';

/**
 * One BAD_USER_INPUT for all of a request's bad values, shaped like `badUserInputs` of @crm/errors:
 * `field` is the first, `fields` lists each when there are several.
 */
export function badArgumentsError(problems: FieldProblem[]): GraphQLError {
  return new GraphQLError(problems.map(({ field, message }) => `${field}: ${message}`).join('; '), {
    extensions: {
      code: ErrorCode.BadUserInput,
      field: problems[0].field,
      ...(problems.length > 1 ? { fields: problems } : {}),
      http: { status: 400 },
    },
  });
}

/**
 * Refuses a request whose arguments hold a value no resolver could store (a NUL character, a
 * date that does not exist) before anything runs: at the gateway no subgraph is called.
 */
export function argumentGuardPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const problems = argumentProblems(schema, document, request.variables);
          if (problems.length > 0) throw badArgumentsError(problems);
        },
      };
    },
  };
}
