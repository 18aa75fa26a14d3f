import type { Express, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { systemOrigin } from '@crm/events';
import { scopeOfJob } from '@crm/subgraph-kit';
import {
  recordMessageClick,
  recordMessageOpen,
  unsubscribeByLink,
} from '../changes/message-tracking.changes';
import { verifyTrackingLink, type TrackingClaims } from '../domain/tracking-link';
import type { MarketingSettings } from '../marketing-module';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const page = (title: string, text: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;

/**
 * What recipients' mail clients and browsers call, without a login: the open pixel, the click
 * redirect and the unsubscribe link (GET shows a confirmation, POST is RFC 8058's one-click). Each
 * token is signed by this service; a bad one gets 404 and changes nothing.
 */
export function trackingRoutes(app: Express, dataSource: DataSource, settings: MarketingSettings): void {
  const { linkSecret } = settings.messaging.settings;
  const scope = (request: Request) =>
    scopeOfJob(
      'marketing',
      dataSource,
      systemOrigin(String(request.headers['x-correlation-id'] ?? crypto.randomUUID())),
    );
  const claimsOf = async (request: Request, response: Response, action: TrackingClaims['action']) => {
    const claims = await verifyTrackingLink(String(request.params.token), linkSecret, 'token').catch(
      () => null,
    );
    if (claims?.action === action) return claims;
    response.status(404).type('text/plain').send('This link is not valid.');
    return null;
  };
  const handle =
    (work: (request: Request, response: Response) => Promise<void>) =>
    (request: Request, response: Response) => {
      work(request, response).catch(() => {
        if (!response.headersSent)
          response.status(503).type('text/plain').send('Please try again in a moment.');
      });
    };

  app.get(
    '/m/o/:token',
    handle(async (request, response) => {
      const claims = await claimsOf(request, response, 'open');
      if (!claims) return;
      await recordMessageOpen(scope(request), claims.messageId, settings.clock.now());
      response.set('cache-control', 'no-store').type('image/gif').send(PIXEL);
    }),
  );
  app.get(
    '/m/c/:token',
    handle(async (request, response) => {
      const claims = await claimsOf(request, response, 'click');
      if (!claims?.url) return;
      await recordMessageClick(scope(request), claims.messageId, claims.url, settings.clock.now());
      response.redirect(302, claims.url);
    }),
  );
  app.get(
    '/m/u/:token',
    handle(async (request, response) => {
      const claims = await claimsOf(request, response, 'unsubscribe');
      if (!claims) return;
      await unsubscribeByLink(scope(request), claims.messageId, settings.clock.now());
      response
        .type('text/html')
        .send(page('You are unsubscribed', 'You will get no more of these messages.'));
    }),
  );
  app.post(
    '/m/u/:token',
    handle(async (request, response) => {
      const claims = await claimsOf(request, response, 'unsubscribe');
      if (!claims) return;
      await unsubscribeByLink(scope(request), claims.messageId, settings.clock.now());
      response.status(200).type('text/plain').send('Unsubscribed.');
    }),
  );
}
