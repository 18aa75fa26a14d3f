import { createHash } from 'node:crypto';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { SupergraphSourceSettings } from '@crm/config';
import type { Logger } from '@crm/logger';
import { SupergraphFile } from './supergraph-file';
import type { SupergraphSource } from './supergraph-source';
import { SupergraphUrl } from './supergraph-url';

/** The graph being served, as `/readyz` shows it. */
export interface ServedSupergraph {
  source: string;
  /** SHA-256 of the SDL, as `sha256sum supergraph.graphql` prints it. */
  hash: string;
  since: string;
  /** The last version refused since the gateway started, and why: a delivery that did not arrive. */
  rejected?: { hash: string; error: string; at: string };
}

type UpdateSupergraph = Parameters<SupergraphSdlHook>[0]['update'];

export const supergraphHash = (sdl: string): string => createHash('sha256').update(sdl).digest('hex');

function sourceOf(settings: SupergraphSourceSettings): SupergraphSource {
  return settings.url ? new SupergraphUrl(settings.url) : new SupergraphFile(settings.path);
}

/**
 * Delivers the supergraph to @apollo/gateway through its `supergraphSdl` hook and, while the
 * gateway serves, polls the source and passes each new version to the hook's `update`. `update`
 * builds the new graph before it replaces anything and throws when it cannot, so an invalid
 * version is logged and the current graph keeps serving. The swap is synchronous, between two
 * requests' query planning: a request already planned finishes on the graph it started with.
 */
export class SupergraphDelivery {
  private served?: ServedSupergraph;
  private rejected?: ServedSupergraph['rejected'];
  /** The last failure to read the source, logged once until a poll succeeds again. */
  private sourceProblem?: string;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly source: SupergraphSource;
  private readonly pollIntervalMs: number;

  constructor(
    settings: SupergraphSourceSettings,
    private readonly logger: Logger,
  ) {
    this.source = sourceOf(settings);
    this.pollIntervalMs = settings.pollIntervalMs;
  }

  readonly hook: SupergraphSdlHook = async ({ update }) => {
    const supergraphSdl = await this.source.initial();
    this.stopped = false;
    this.scheduleNextPoll(update);
    return { supergraphSdl, cleanup: async () => this.stop() };
  };

  /** To be called by the gateway's onSchemaLoadOrUpdate: the graph `sdl` is now the one served. */
  readonly servingNow = (sdl: string): void => {
    const previous = this.served?.hash;
    this.served = {
      source: this.source.description,
      hash: supergraphHash(sdl),
      since: new Date().toISOString(),
    };
    if (previous) this.logger.info({ hash: this.served.hash, previous }, 'new supergraph swapped in');
    else this.logger.info({ ...this.served }, 'supergraph loaded');
  };

  current(): ServedSupergraph | undefined {
    return this.served && { ...this.served, rejected: this.rejected };
  }

  private scheduleNextPoll(update: UpdateSupergraph): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll(update), this.pollIntervalMs);
    this.timer.unref();
  }

  private async poll(update: UpdateSupergraph): Promise<void> {
    try {
      const sdl = await this.source.changed();
      this.sourceProblem = undefined;
      if (sdl !== undefined && !this.stopped) this.offer(sdl, update);
    } catch (error) {
      this.reportSourceProblem(error);
    }
    this.scheduleNextPoll(update);
  }

  private offer(sdl: string, update: UpdateSupergraph): void {
    const hash = supergraphHash(sdl);
    if (hash === this.served?.hash || hash === this.rejected?.hash) return;
    try {
      update(sdl);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Cut: a supergraph that does not build can list hundreds of errors, and /readyz stays small.
      this.rejected = { hash, error: reason.slice(0, 500), at: new Date().toISOString() };
      this.logger.error(
        { hash, serving: this.served?.hash, error: reason },
        'new supergraph rejected (it does not build): the current graph keeps serving',
      );
    }
  }

  private reportSourceProblem(error: unknown): void {
    const problem = error instanceof Error ? error.message : String(error);
    if (problem === this.sourceProblem) return;
    this.sourceProblem = problem;
    this.logger.warn(
      { source: this.source.description, err: error },
      'supergraph source unreadable: the current graph keeps serving',
    );
  }

  private stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
