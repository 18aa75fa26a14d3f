import type { RequestContext } from '@crm/subgraph-kit';

/** Who caused an event and which request chain it belongs to. */
export interface EventOrigin {
  actor: string;
  correlationId: string;
}

export const originOf = (context: RequestContext): EventOrigin => ({
  actor: context.caller.userId,
  correlationId: context.correlationId,
});
