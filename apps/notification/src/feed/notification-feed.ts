import { Client } from 'pg';
import type { Logger } from '@crm/logger';
import type { FeedSignal } from './feed-channel';

type Listener = (notificationId: string) => void;

/** How long a lost LISTEN connection waits before it connects again. */
const RECONNECT_MS = 1_000;

/**
 * The live feeds' side of LISTEN/NOTIFY: one connection per process listens on the feed channel
 * and hands each committed in-app notification to the streams of its recipient open here. NOTIFY
 * is sent by the transaction that created the notification and delivered only at its commit, to
 * every replica, so a stream sees a notification whichever replica's consumer made it.
 */
export class NotificationFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | undefined;
  private stopped = false;

  constructor(private readonly options: { databaseUrl: string; channel: string; logger: Logger }) {}

  async start(): Promise<void> {
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: 'notification-feed',
    });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'the live feed lost its database connection');
      this.client = undefined;
      this.reconnectLater();
    });
    await client.connect();
    await client.query(`LISTEN ${client.escapeIdentifier(this.options.channel)}`);
    this.client = client;
  }

  /** Open streams stay open meanwhile; what they miss, a client reads from `myNotifications`. */
  private reconnectLater(): void {
    if (this.stopped) return;
    setTimeout(() => {
      if (this.stopped) return;
      this.start().catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'the live feed could not listen again; retrying');
        this.reconnectLater();
      });
    }, RECONNECT_MS);
  }

  /** Calls `listener` with each new notification of `userId`; returns the unsubscribe. */
  subscribe(userId: string, listener: Listener): () => void {
    const key = userId.toLowerCase();
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  get openStreams(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private dispatch(payload: string | undefined): void {
    if (!payload) return;
    const signal = JSON.parse(payload) as FeedSignal;
    for (const listener of this.listeners.get(signal.recipientId.toLowerCase()) ?? []) {
      listener(signal.notificationId);
    }
  }
}
