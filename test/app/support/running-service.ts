import { builtEntry } from './built-entry';
import { logLines, type ServiceLogLine, waitUntilHealthy } from './built-service';
import { ChildProcessRun, childEnv, type Exit } from './child-process-run';
import { freePort } from './free-port';
import { bearer, TEST_LOG_SIGNING_KEY, TEST_SUBJECTS, type TestRole } from './test-token';

export interface ServiceAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The body parsed as JSON, or its text when it is not JSON (or undefined when empty). */
  readonly body: unknown;
}

export interface ServiceRequest {
  readonly method?: 'GET' | 'POST';
  /** A value is sent as JSON; a Buffer as it is, declared application/json. */
  readonly body?: unknown;
  readonly as?: TestRole;
  readonly headers?: Record<string, string>;
}

/**
 * The built service (`node dist/apps/register/src/main.js`, as `npm start` and
 * operators run it) in a process of its own, on a free port, asked over real
 * HTTP. Tokens are signed with `secret` once it is known (`useSecret`): the
 * embedded default generates its own in the data folder.
 */
export class RunningService {
  private secret: string | undefined;

  private constructor(
    readonly port: number,
    readonly run: ChildProcessRun,
  ) {}

  /**
   * Starts it with `env` (PATH and nothing else inherited; on PostgreSQL the
   * test log key unless `env` gives one) and resolves once /health answers 200.
   */
  static async start(env: Record<string, string>, readyWithinMs = 30_000): Promise<RunningService> {
    const port = await freePort();
    const logKey: Record<string, string> = env.REGISTER_STORE !== undefined && env.REGISTER_STORE !== 'sqlite' ? { REGISTER_LOG_SIGNING_KEY: TEST_LOG_SIGNING_KEY } : {};
    const run = new ChildProcessRun(builtEntry('register'), [], childEnv({ PORT: String(port), ...logKey, ...env }));
    const service = new RunningService(port, run);
    try {
      await waitUntilHealthy(port, run, readyWithinMs);
    } catch (error) {
      await service.stop();
      throw error;
    }
    return service;
  }

  useSecret(secret: string): this {
    this.secret = secret;
    return this;
  }

  async request(path: string, { method = 'GET', body, as, headers = {} }: ServiceRequest = {}): Promise<ServiceAnswer> {
    const sent: Record<string, string> = { ...headers };
    if (as !== undefined) sent.authorization = await bearer(TEST_SUBJECTS[as], this.requireSecret());
    if (body !== undefined) sent['content-type'] ??= 'application/json';
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body);
    const response = await fetch(`http://127.0.0.1:${this.port}${path}`, { method, headers: sent, body: payload });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: parsedOrText(text) };
  }

  /** The log lines written so far, each parsed as JSON. */
  logLines(): ServiceLogLine[] {
    return logLines(this.run.stdout);
  }

  /** Resolves once a log line satisfies `condition` (lines are written when a response ends, a moment after the client has it). */
  async logLine(condition: (line: ServiceLogLine) => boolean, ms = 5_000): Promise<ServiceLogLine> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.logLines().find(condition);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such log line within ${ms} ms; output:\n${this.run.stdout}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** SIGTERM, and the exit (a process that does not stop within 10 s is killed and fails the test). */
  async stop(): Promise<Exit> {
    this.run.kill('SIGTERM');
    return this.run.exitWithin(10_000);
  }

  private requireSecret(): string {
    if (this.secret === undefined) throw new Error('RunningService: call useSecret() before asking as a role');
    return this.secret;
  }
}

function parsedOrText(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
