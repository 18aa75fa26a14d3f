import CircuitBreaker from 'opossum';
import type { SubgraphBreakerSettings } from '@crm/config';
import type { Logger } from '@crm/logger';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What `/readyz` shows of one subgraph's breaker; the counters run since the gateway started. */
export interface BreakerReport {
  state: BreakerState;
  /** How often it opened. */
  opened: number;
  /** Calls failed at once, without touching the subgraph, while it was open. */
  shortCircuited: number;
  /** Calls that reached the subgraph and failed for unavailability. */
  failed: number;
}

/**
 * A circuit breaker per subgraph (opossum: CommonJS, so it loads in our CommonJS build and
 * Jest as it is, where cockatiel 4 ships only ES modules). The action it guards fails only for
 * unavailability, so a subgraph's GraphQL errors never open it. opossum's own timeout is off:
 * the fetch has its own (SUBGRAPH_TIMEOUT_MS) and a timed-out fetch counts as a failure.
 */
export class SubgraphBreaker<TArgs extends unknown[], TResult> {
  private readonly breaker: CircuitBreaker<TArgs, TResult>;
  private opened = 0;
  private shortCircuited = 0;
  private failed = 0;
  private readonly openMs: number;

  constructor(
    readonly service: string,
    action: (...args: TArgs) => Promise<TResult>,
    settings: SubgraphBreakerSettings,
    logger: Logger,
  ) {
    this.openMs = settings.openMs;
    this.breaker = new CircuitBreaker(action, {
      name: service,
      timeout: false,
      errorThresholdPercentage: settings.errorPercent,
      volumeThreshold: settings.minCalls,
      rollingCountTimeout: settings.windowMs,
      resetTimeout: settings.openMs,
    });
    this.breaker.on('open', () => {
      this.opened++;
      logger.warn({ subgraph: service, openMs: settings.openMs }, 'subgraph unavailable: breaker open');
    });
    this.breaker.on('halfOpen', () => logger.info({ subgraph: service }, 'breaker half-open: probing'));
    this.breaker.on('close', () =>
      logger.info({ subgraph: service }, 'subgraph answers again: breaker closed'),
    );
    this.breaker.on('reject', () => this.shortCircuited++);
    this.breaker.on('failure', () => this.failed++);
  }

  /** Runs the action unless the breaker is open (then it rejects at once, see `isShortCircuit`). */
  call(...args: TArgs): Promise<TResult> {
    return this.breaker.fire(...args);
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  /** How long it stays open before a probe: what clients are told to wait. */
  get retryAfterSeconds(): number {
    return Math.ceil(this.openMs / 1000);
  }

  report(): BreakerReport {
    return {
      state: this.state,
      opened: this.opened,
      shortCircuited: this.shortCircuited,
      failed: this.failed,
    };
  }

  /** Clears its timers. */
  shutdown(): void {
    this.breaker.shutdown();
  }
}

/** The rejection of a call the breaker refused without trying. */
export const isShortCircuit = (error: unknown): boolean =>
  error instanceof Error &&
  CircuitBreaker.isOurError(error) &&
  (error as { code?: string }).code === 'EOPENBREAKER';
