import { Logger, PinoLogger, type Params } from 'nestjs-pino';
import type { LogLevel } from '../config/register-config';
import { logDestination } from './log-destination';
import { pinoHttpOptions } from './logger-options';
import { PROCESS_CORRELATION_ID } from './process-correlation-id';

/**
 * The nestjs-pino parameters of the service: one definition for the module and
 * for boot. At `silent` no line can ever be written, so requests skip the
 * request logger altogether: it would give each one a child logger (with its
 * redaction) and an AsyncLocalStorage context, which slows every promise made
 * after it, for nothing. The correlation id does not depend on it
 * (configureHttp assigns it first).
 */
export function nestPinoParams(level: LogLevel): Params {
  const pinoHttp: Params['pinoHttp'] = [pinoHttpOptions(level, PROCESS_CORRELATION_ID), logDestination()];
  return level === 'silent' ? { pinoHttp, forRoutes: [] } : { pinoHttp };
}

/**
 * The logger Nest uses while it builds the application, before dependency
 * injection can hand out `LoggingModule`'s. nestjs-pino keeps one root pino
 * logger per process, so both write the same JSON lines; without this, Nest
 * would buffer its boot lines and, if boot fails, print them as coloured text.
 */
export function createNestPinoLogger(level: LogLevel): Logger {
  const params = nestPinoParams(level);
  return new Logger(new PinoLogger(params), params);
}
