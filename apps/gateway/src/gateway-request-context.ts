import type { Caller } from '@crm/auth';

export interface GatewayRequestContext {
  /** Verified from the user's token (or anonymous for public operations); never from client headers. */
  caller: Caller;
  correlationId: string;
  /** The client's IP: the socket's, or X-Forwarded-For's behind a proxy TRUST_PROXY names. */
  clientAddress: string | undefined;
}
