import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the receiver got it: the raw body, which is what a signature covers. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP server standing in for an integrator's endpoint: it records every request and
 * answers with the next scripted status (then `thenStatus` for good).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly server: http.Server;

  private constructor(
    private readonly script: number[],
    private readonly thenStatus: number,
  ) {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        const status = this.script.shift() ?? this.thenStatus;
        response.writeHead(status, { 'content-type': 'text/plain' }).end(`answered ${status}`);
      });
    });
  }

  static async start(script: number[], thenStatus = 204): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver([...script], thenStatus);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/crm-events?token=t0ken`;
  }

  /** The requests carrying the event about `subject` (e.g. one customer's creation). */
  about(subject: string): ReceivedWebhook[] {
    return this.received.filter(
      (request) => (JSON.parse(request.body) as { subject?: string }).subject === subject,
    );
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
