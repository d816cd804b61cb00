import cluster from 'node:cluster';
import Fastify from 'fastify';

/**
 * The reference of `http.authority`: `node bare-fastify.child.js <port> <processes> <bytes>`
 * answers every GET with the same JSON body of `bytes` bytes, from `processes`
 * node:cluster workers (one process listening itself when 1), as the service
 * spreads its HTTP processes. No authentication, no database, no Nest: what
 * Fastify over loopback costs on this machine in this run.
 */
const [port, processes, bytes] = process.argv.slice(2).map(Number);

if (processes > 1 && cluster.isPrimary) {
  for (let n = 0; n < processes; n += 1) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const body = JSON.stringify({ padding: 'x'.repeat(Math.max(0, bytes - '{"padding":""}'.length)) });
  const app = Fastify({ logger: false });
  app.get('/*', (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
  void app.listen({ port, host: '127.0.0.1' });
}
