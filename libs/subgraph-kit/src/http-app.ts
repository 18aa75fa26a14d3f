import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { serviceTraceMiddleware } from './service-trace-middleware';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
  expose?: boolean;
  message?: string;
}

/** A GraphQL response that carries only an error, for requests that never reached GraphQL. */
function graphqlErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** An Express app of one service that does not announce itself (`X-Powered-By`). */
export function createHttpApp(service: string): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(serviceTraceMiddleware(service));
  return app;
}

const notFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json(graphqlErrorBody(`Nothing at ${req.method} ${req.path}; GraphQL is at /graphql`, 'NOT_FOUND'));
};

/**
 * A body Express could not read (malformed JSON, over the size limit, an unknown charset) is the
 * client's mistake, answered as a GraphQL error with a code: never Express's HTML page, which
 * shows a stack trace and the server's file paths in development.
 */
function bodyErrors(onInternal: (error: unknown) => void): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status === 413) {
      const limit = error.limit ? ` of ${error.limit} bytes` : '';
      res
        .status(413)
        .json(graphqlErrorBody(`The request body is over the limit${limit}`, 'PAYLOAD_TOO_LARGE'));
    } else if (error.type === 'entity.parse.failed') {
      res.status(400).json(graphqlErrorBody('The request body is not valid JSON', 'BAD_REQUEST'));
    } else if (status >= 400 && status < 500) {
      const message = error.expose && error.message ? error.message : 'The request could not be read';
      res.status(status).json(graphqlErrorBody(message, 'BAD_REQUEST'));
    } else {
      onInternal(error);
      res.status(500).json(graphqlErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  };
}

/** The last handlers of an app: JSON for unknown routes and for requests that could not be read. */
export function finishHttpApp(app: express.Express, onInternal: (error: unknown) => void): void {
  app.use(notFound);
  app.use(bodyErrors(onInternal));
}
