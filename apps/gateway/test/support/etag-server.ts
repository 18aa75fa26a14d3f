import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sha256 } from './supergraph-versions';

/** A schema registry in miniature: serves one supergraph with its ETag and counts its answers by status. */
export class EtagServer {
  sdl: string;
  readonly answers = { 200: 0, 304: 0 };
  private readonly server: http.Server;

  constructor(sdl: string) {
    this.sdl = sdl;
    this.server = http.createServer((request, response) => {
      const etag = `"${sha256(this.sdl)}"`;
      if (request.headers['if-none-match'] === etag) {
        this.answers[304]++;
        response.writeHead(304, { etag }).end();
        return;
      }
      this.answers[200]++;
      response.writeHead(200, { etag, 'content-type': 'text/plain; charset=utf-8' }).end(this.sdl);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/supergraph.graphql`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
