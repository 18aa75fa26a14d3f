import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Registry } from 'prom-client';
import { BoundedLabel } from './bounded-label';
import { errorCodeOf } from './error-code';
import { METRICS } from './metric-catalogue';
import { counterOf, latencyHistogramOf } from './metric-of';
import { operationNameOf } from './operation-name';

/** Distinct operation names per service before the rest count as "other". */
const MAX_OPERATIONS = 200;
/** Distinct error codes per service before the rest count as "other". */
const MAX_ERROR_CODES = 50;

/** The errors the client receives, formatted (masked, with their final codes). */
function sentErrorsOf(
  context: GraphQLRequestContextWillSendResponse<object>,
): readonly GraphQLFormattedError[] {
  const { body } = context.response;
  return (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
}

/**
 * Counts requests and their errors by operation and code, and times them from receipt to the
 * response, for the gateway and every subgraph alike.
 */
export function graphqlRequestMetricsPlugin(registry: Registry): ApolloServerPlugin<object> {
  const requests = counterOf(registry, METRICS.graphqlRequests, ['operation']);
  const duration = latencyHistogramOf(registry, METRICS.graphqlRequestDuration, ['operation']);
  const errors = counterOf(registry, METRICS.graphqlErrors, ['operation', 'code']);
  const operations = new BoundedLabel(MAX_OPERATIONS);
  const codes = new BoundedLabel(MAX_ERROR_CODES);
  return {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse(context) {
          const operation = operations.valueOf(
            operationNameOf(context.operationName ?? context.request.operationName),
          );
          requests.inc({ operation });
          stopTimer({ operation });
          for (const error of sentErrorsOf(context)) {
            errors.inc({ operation, code: codes.valueOf(errorCodeOf(error)) });
          }
        },
      };
    },
  };
}
