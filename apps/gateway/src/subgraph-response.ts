import { STATUS_CODES } from 'node:http';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import type { SubgraphAnswer } from './subgraph-pool';

/**
 * A subgraph's answer in the Fetch shape @apollo/gateway's RemoteGraphQLDataSource reads
 * (status, a header or two, json()). Each caller gets its own: answers shared by identical
 * in-flight fetches are parsed once per caller, since the gateway merges into what it parsed.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: Headers;
  private used = false;

  constructor(
    readonly url: string,
    private readonly answer: SubgraphAnswer,
  ) {
    this.headers = new Headers(answer.headers);
  }

  get status() {
    return this.answer.status;
  }

  get ok() {
    return this.answer.status >= 200 && this.answer.status < 300;
  }

  get statusText() {
    return STATUS_CODES[this.answer.status] ?? '';
  }

  get bodyUsed() {
    return this.used;
  }

  async text(): Promise<string> {
    this.used = true;
    return this.answer.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(await this.text());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.answer);
  }
}
