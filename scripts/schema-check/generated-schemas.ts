import { generateAsyncApiDocument } from '@crm/events';
import { composeSupergraph } from '@crm/gateway';

/** What `npm run compose` and `npm run asyncapi` would write from the sources in the working tree. */
export interface GeneratedSchemas {
  readonly supergraph: string;
  /** As written to docs/asyncapi.json: plain JSON, dates as strings. */
  readonly asyncApi: unknown;
}

export function generateSchemas(): GeneratedSchemas {
  const { supergraphSdl, errors } = composeSupergraph();
  if (supergraphSdl === undefined) {
    throw new Error(`schema:check: the subgraphs do not compose:\n  ${errors.join('\n  ')}`);
  }
  return { supergraph: supergraphSdl, asyncApi: JSON.parse(JSON.stringify(generateAsyncApiDocument())) };
}
