import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const CHILD = join(__dirname, 'postgres-server.child.ts');
const SWC_HOOK = join(REPO_ROOT, 'libs', 'event-store', 'src', 'testing', 'swc-register.hook.cjs');

/**
 * A PostgreSQL server that a test can shut down and start again under a
 * running service, as an operator or a crash would (postgres-server.child.ts
 * holds it; the shared server of the integration project must stay up).
 */
export class PostgresServerProcess {
  private stderr = '';

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly lines: AsyncIterator<string>,
    readonly url: string,
  ) {
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  static async start(): Promise<PostgresServerProcess> {
    const child = spawn(process.execPath, ['-r', SWC_HOOK, CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
    const reader: Interface = createInterface({ input: child.stdout });
    const lines = reader[Symbol.asyncIterator]();
    const first = await lines.next();
    if (first.done) throw new Error('The PostgreSQL child ended before it printed its URL');
    return new PostgresServerProcess(child, lines, (JSON.parse(first.value) as { url: string }).url);
  }

  /** Resolves once the server has shut down (its sessions were told 57P01 and closed). */
  pause(): Promise<void> {
    return this.command('pause');
  }

  /** Resolves once the server accepts connections again. */
  resume(): Promise<void> {
    return this.command('resume');
  }

  /** Stops the server for good, deletes its data and waits for the child to end. */
  async stop(): Promise<void> {
    const exited = new Promise<number | null>((resolve) => this.child.once('close', resolve));
    this.child.stdin.end();
    const code = await exited;
    if (code !== 0) throw new Error(`The PostgreSQL child exited with ${code}:\n${this.stderr}`);
  }

  private async command(name: 'pause' | 'resume'): Promise<void> {
    this.child.stdin.write(`${name}\n`);
    const answer = await this.lines.next();
    if (answer.done || (JSON.parse(answer.value) as { done?: string }).done !== name) {
      throw new Error(`The PostgreSQL child did not ${name}:\n${this.stderr}`);
    }
  }
}
