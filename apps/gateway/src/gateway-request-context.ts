import type { Caller } from '@crm/auth';

export interface GatewayRequestContext {
  caller: Caller;
  /** The verified header, forwarded as is to the subgraphs, which verify it again. */
  authorization: string;
  correlationId: string;
}
