import type { Express } from 'express';
import type { Registry } from 'prom-client';

/**
 * `GET /metrics` in Prometheus' text format. It needs no token: in production only Prometheus
 * reaches it (README "Metrics": the NetworkPolicy admits the monitoring namespace).
 */
export function serveMetrics(app: Express, registry: Registry): void {
  app.get('/metrics', async (_req, res, next) => {
    try {
      const body = await registry.metrics();
      res.type(registry.contentType).send(body);
    } catch (error) {
      next(error);
    }
  });
}
