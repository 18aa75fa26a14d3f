import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server standing in for a subgraph's URL: it forwards to the subgraph, or, once
 * hung, accepts requests and never answers them (a process stuck in a loop or SIGSTOPped).
 */
export class SwitchableSubgraph {
  private readonly server: http.Server;
  private readonly held = new Set<http.ServerResponse>();
  hung = false;
  /** Requests that reached this server, hung or not. */
  received = 0;
  url = '';

  constructor(private readonly target: string) {
    this.server = http.createServer((req, res) => {
      this.received++;
      if (this.hung) {
        this.held.add(res);
        res.on('close', () => this.held.delete(res));
        return;
      }
      this.forward(req, res);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const upstream = http.request(this.target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}
