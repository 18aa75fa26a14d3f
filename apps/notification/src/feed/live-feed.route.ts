import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Caller } from '@crm/auth';
import { CrmError } from '@crm/errors';
import { requireScope } from '@crm/permissions';
import type { Authenticator } from '@crm/subgraph-kit';
import { Notification } from '../data/notification.entity';
import type { NotificationFeed } from './notification-feed';

/** The path of the stream, on the gateway and on the notification service alike. */
export const LIVE_FEED_PATH = '/notifications/stream';

/** A comment line every so often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

const sseEvent = (notification: Notification) =>
  `id: ${notification.id}\nevent: notification\ndata: ${JSON.stringify({
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    subjectType: notification.subjectType,
    subjectId: notification.subjectId,
    readAt: notification.readAt,
    createdAt: notification.createdAt,
  })}\n\n`;

async function callerOf(
  request: Request,
  response: Response,
  authenticate: Authenticator,
): Promise<Caller | null> {
  try {
    const caller = await authenticate(request.headers.authorization);
    requireScope(caller, 'notification:read');
    return caller;
  } catch (error) {
    const graphqlCode = (error as { extensions?: { code?: string } }).extensions?.code;
    const code = error instanceof CrmError ? error.code : (graphqlCode ?? 'UNAUTHENTICATED');
    const status = code === 'FORBIDDEN' ? 403 : 401;
    response.status(status).json({ errors: [{ message: (error as Error).message, extensions: { code } }] });
    return null;
  }
}

/**
 * Server-Sent Events of the caller's new in-app notifications (the gateway proxies it, with its
 * internal token, to this route). Each event is a notification as the inbox lists it; a client
 * that reconnects reads what it missed from `myNotifications`.
 */
export function liveFeedRoute(
  app: Express,
  dataSource: DataSource,
  feed: NotificationFeed,
  authenticate: Authenticator,
): void {
  app.get(LIVE_FEED_PATH, async (request, response) => {
    const caller = await callerOf(request, response, authenticate);
    if (!caller) return;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (notificationId: string) =>
      void dataSource
        .getRepository(Notification)
        .findOneBy({ id: notificationId })
        .then((notification) => {
          if (notification?.inApp) response.write(sseEvent(notification));
        })
        .catch(() => response.end());
    const unsubscribe = feed.subscribe(caller.userId, send);
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    // Subscribed: from here on, nothing new is missed. The client may wait for this line.
    response.write(': subscribed\n\n');
  });
}
