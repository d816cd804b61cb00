import { networkInterfaces } from 'node:os';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { correlationIdOfRaw } from '../logging/assign-correlation-id';
import { JSON_BODY_LIMIT_BYTES } from './body/json-body.parser';

// Far above the longest identifier of api.md (128 characters), so that the pipe, not the router, refuses longer ones.
const MAX_PATH_PARAMETER_LENGTH = 2048;

/** The application as main.ts, the bench and the tests build it. */
export type RegisterApplication = NestFastifyApplication;

/**
 * The service's HTTP server: Fastify. Measured on this machine (bench:
 * http.authority), an empty route costs ~180 us through Express 5 and ~30 us
 * through Fastify: one process answered ~1,700 authority questions a second
 * through Express and answers ~2,800 through Fastify.
 *
 * The router options keep what clients could rely on under Express: a
 * trailing slash and the letter case of a path do not matter, and a path
 * parameter of any length reaches the validation pipe, which names the field
 * and the rule (Fastify's default answers 404 beyond 100 characters).
 */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    // The request's id is its correlation id (correlation-id.ts), read from X-Correlation-Id only when it is sane.
    requestIdHeader: false,
    genReqId: correlationIdOfRaw,
  });
}

/**
 * `app.init()` plus Fastify's own start (plugins, routes): what `listen()`
 * does before it opens the port, for callers that inject requests into the
 * server without one (supertest in the tests).
 */
export async function initialise(app: RegisterApplication): Promise<void> {
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
}

/**
 * Every address of the machine, as Node's own `listen(port)` binds: `::`
 * (IPv6 and IPv4) where the machine has IPv6, else `0.0.0.0`. Fastify alone
 * would bind `localhost`, which a client on another machine cannot reach.
 */
export function anyAddress(): string {
  const hasIpv6 = Object.values(networkInterfaces()).some((addresses) => addresses?.some((address) => address.family === 'IPv6'));
  return hasIpv6 ? '::' : '0.0.0.0';
}
