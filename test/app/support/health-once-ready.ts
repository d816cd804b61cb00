import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import request from 'supertest';

const READY_WITHIN_MS = 5_000;

/**
 * GET /health until it answers 200 or `READY_WITHIN_MS` passes, and the last
 * answer. Events appended behind the service's back (straight to the store)
 * need the projector to catch up first: /health says 503 until it has.
 */
export async function healthOnceReady(app: RegisterApplication, correlationId?: string): Promise<request.Response> {
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const probe = request(app.getHttpServer()).get('/health');
    const response = await (correlationId === undefined ? probe : probe.set('X-Correlation-Id', correlationId));
    if (response.status === 200 || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
