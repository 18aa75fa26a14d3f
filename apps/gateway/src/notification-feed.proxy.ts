import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Express, Response } from 'express';
import { INTERNAL_TOKEN_ISSUER, signToken, type Caller, type SigningKey } from '@crm/auth';
import type { Logger } from '@crm/logger';
import type { Authenticator } from '@crm/subgraph-kit';
import { streamLifetimeMs } from './stream-lifetime';

/** The live feed's path, the same on the gateway and on the notification service. */
export const NOTIFICATION_FEED_PATH = '/notifications/stream';

/** The internal token opens the stream; it is not checked again while the stream stays open. */
const INTERNAL_TOKEN_LIFETIME = '60s';

function refuse(response: Response, error: unknown): void {
  const extensions = (error as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
  response.status(extensions?.http?.status ?? 401).json({
    errors: [
      { message: (error as Error).message, extensions: { code: extensions?.code ?? 'UNAUTHENTICATED' } },
    ],
  });
}

/**
 * The live feed through the gateway (issue 15 §4): Server-Sent Events need a long-lived GET, which
 * the GraphQL fetches through @apollo/gateway cannot carry. The gateway verifies the user token as
 * for /graphql (deactivated users included), then streams the notification service's feed with a
 * token it signs for that service alone, so the service's port stays useless to anyone else.
 */
export function notificationFeedProxy(
  app: Express,
  options: {
    notificationUrl: string;
    signingKey: SigningKey;
    authenticateUser: Authenticator;
    logger: Logger;
  },
): void {
  const upstreamUrl = new URL(NOTIFICATION_FEED_PATH, options.notificationUrl);
  app.get(NOTIFICATION_FEED_PATH, async (request, response) => {
    let caller: Caller;
    try {
      caller = await options.authenticateUser(request.headers.authorization);
    } catch (error) {
      return refuse(response, error);
    }
    const token = await signToken(
      caller,
      options.signingKey,
      { issuer: INTERNAL_TOKEN_ISSUER, audience: 'notification' },
      INTERNAL_TOKEN_LIFETIME,
    );
    const upstream = http.get(
      upstreamUrl,
      {
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'text/event-stream',
          'x-correlation-id': request.header('x-correlation-id') ?? randomUUID(),
        },
      },
      (feed) => {
        response.writeHead(feed.statusCode ?? 502, {
          'content-type': feed.headers['content-type'] ?? 'text/event-stream',
          'cache-control': 'no-cache, no-transform',
          'x-accel-buffering': 'no',
        });
        response.flushHeaders();
        feed.pipe(response);
        feed.on('end', () => response.end());
      },
    );
    upstream.on('error', (error) => {
      options.logger.warn({ err: error }, 'the notification feed is unreachable');
      if (!response.headersSent) {
        response.status(503).json({
          errors: [
            {
              message: 'The notification feed is unavailable; try again shortly',
              extensions: { code: 'SERVICE_UNAVAILABLE' },
            },
          ],
        });
      } else response.end();
    });
    // The token's expiry ends the stream: the client comes back with a fresh one (or is refused).
    const expiry = setTimeout(
      () => response.end(),
      streamLifetimeMs(request.headers.authorization, Date.now()),
    );
    // The client left: close the upstream stream too, so the service drops the subscription.
    response.on('close', () => {
      clearTimeout(expiry);
      upstream.destroy();
    });
  });
}
