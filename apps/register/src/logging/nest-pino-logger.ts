import { Logger, PinoLogger, type Params } from 'nestjs-pino';
import type { LogLevel } from '../config/register-config';
import { logDestination } from './log-destination';
import { pinoHttpOptions } from './logger-options';
import { PROCESS_CORRELATION_ID } from './process-correlation-id';

/** The nestjs-pino parameters of the service: one definition for the module and for boot. */
export function nestPinoParams(level: LogLevel): Params {
  return { pinoHttp: [pinoHttpOptions(level, PROCESS_CORRELATION_ID), logDestination()] };
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
