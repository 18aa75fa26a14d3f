import { randomUUID } from 'node:crypto';
import { createClient, NetworkError, type Client } from 'graphql-http';
import type { FuzzRequest } from './fuzz-request';

export interface FuzzResponse {
  status: number;
  correlationId: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
  data: Record<string, unknown> | null;
}

function parsedErrors(text: string): FuzzResponse['errors'] | null {
  try {
    const body = JSON.parse(text) as { errors?: FuzzResponse['errors'] };
    return Array.isArray(body.errors) ? body.errors : null;
  } catch {
    return null;
  }
}

/**
 * A GraphQL-over-HTTP client (graphql-http) for one caller; every request gets its own
 * correlation id, which the events it causes carry, and the HTTP status is kept.
 */
export class FuzzClient {
  private readonly client: Client;
  private correlationId = '';
  private status = 0;
  private body = '';

  constructor(url: string, token: string) {
    this.client = createClient({
      url,
      headers: () => ({ authorization: `Bearer ${token}`, 'x-correlation-id': this.correlationId }),
      fetchFn: async (input: string, init: RequestInit) => {
        const response = await fetch(input, init);
        this.status = response.status;
        this.body = await response.clone().text();
        return response;
      },
    });
  }

  async send(request: FuzzRequest): Promise<FuzzResponse> {
    this.correlationId = randomUUID();
    const correlationId = this.correlationId;
    try {
      const result = await new Promise<{ data?: unknown; errors?: unknown }>((resolve, reject) => {
        let received: { data?: unknown; errors?: unknown } = {};
        this.client.subscribe(request, {
          next: (value) => (received = value),
          error: reject,
          complete: () => resolve(received),
        });
      });
      return {
        status: this.status,
        correlationId,
        errors: (result.errors ?? []) as FuzzResponse['errors'],
        data: (result.data ?? null) as FuzzResponse['data'],
      };
    } catch (error) {
      // graphql-http reads a 4xx `application/json` answer as a network error: its body still
      // holds the GraphQL errors. Anything else (an HTML page) is one error without a code.
      const status = error instanceof NetworkError ? (error.response?.status ?? 0) : 0;
      const message = error instanceof Error ? error.message : String(error);
      const body = parsedErrors(this.body);
      return { status: status || this.status, correlationId, errors: body ?? [{ message }], data: null };
    }
  }

  dispose(): void {
    this.client.dispose();
  }
}
