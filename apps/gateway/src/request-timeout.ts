import type { RequestHandler } from 'express';

/** Answers 503 with a GraphQL error when a request takes longer than the gateway allows. */
export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).json({
        errors: [{ message: `The request took longer than ${ms} ms`, extensions: { code: 'TIMEOUT' } }],
      });
    }, ms);
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
