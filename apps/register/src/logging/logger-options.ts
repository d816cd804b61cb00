import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger, type LoggerOptions, stdTimeFunctions } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import type { LogLevel } from '../config/register-config';
import { correlationIdOfRaw } from './assign-correlation-id';
import { redactedQuery, redactedUrl } from './redacted-url';

const CORRELATION_ID = 'correlationId';

/**
 * The pino settings of every logger of the service, the boot logger included.
 * A line written inside a request carries that request's correlation id (bound
 * by `pinoHttpOptions`); any other line gets the process's.
 */
export function loggerOptions(level: LogLevel, processCorrelationId: string): LoggerOptions {
  const bound = new WeakMap<Logger, boolean>();
  const hasOwnCorrelationId = (logger: Logger): boolean => {
    let known = bound.get(logger);
    if (known === undefined) {
      known = CORRELATION_ID in logger.bindings();
      bound.set(logger, known);
    }
    return known;
  };
  return {
    level,
    timestamp: stdTimeFunctions.isoTime,
    // Bearer tokens arrive with the auth issue; they must never reach a log.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    mixin: (_line, _level, logger) => (hasOwnCorrelationId(logger) ? {} : { [CORRELATION_ID]: processCorrelationId }),
  };
}

/** `loggerOptions` plus what the request logger needs: the request's correlation id and quiet probes. */
export function pinoHttpOptions(level: LogLevel, processCorrelationId: string): PinoHttpOptions {
  return {
    ...loggerOptions(level, processCorrelationId),
    // Fastify's middleware layer hands pino-http the request with its id set; this only covers a request without one.
    genReqId: correlationIdOfRaw,
    customProps: (request: IncomingMessage) => ({ [CORRELATION_ID]: request.id }),
    customLogLevel: requestLogLevel,
    serializers: { req: withoutCredentialsInUrl },
  };
}

/** pino's serialised request without the credentials a client put in the query: in its `url` and in its parsed `query`. */
function withoutCredentialsInUrl<T extends { url?: unknown; query?: unknown }>(request: T): T {
  if (typeof request.url === 'string') request.url = redactedUrl(request.url);
  if (typeof request.query === 'object' && request.query !== null) request.query = redactedQuery(request.query as Record<string, unknown>);
  return request;
}

function requestLogLevel(request: IncomingMessage, response: ServerResponse, error?: Error): 'silent' | 'info' | 'warn' | 'error' {
  if (error || response.statusCode >= 500) return 'error';
  if (response.statusCode >= 400) return 'warn';
  // Probes call every few seconds; a healthy answer is not worth a line, an unhealthy one is.
  return pathOf(request) === '/health' ? 'silent' : 'info';
}

function pathOf(request: IncomingMessage): string {
  // Middleware mounted on a path sees `url` relative to it; `originalUrl` keeps what the client asked for.
  const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';
  return url.split('?')[0] ?? '';
}
