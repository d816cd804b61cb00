import { type ChildProcess, spawn } from 'node:child_process';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A Node script started in its own process, with everything it prints collected. */
export class ChildProcessRun {
  private stdoutText = '';
  private stderrText = '';
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;

  constructor(script: string, args: readonly string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.stdoutText += chunk.toString('utf8')));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderrText += chunk.toString('utf8')));
    this.exited = new Promise((resolve, reject) => {
      this.child.once('error', reject);
      // 'close' rather than 'exit': by then stdout and stderr are fully read.
      this.child.once('close', (code, signal) => resolve({ code, signal }));
    });
  }

  get stdout(): string {
    return this.stdoutText;
  }

  get stderr(): string {
    return this.stderrText;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Resolves with the exit, or rejects after `ms` (and kills the process so no test leaves one behind). */
  async exitWithin(ms: number): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        reject(new Error(`still running after ${ms} ms; output so far:\n${this.stdoutText}${this.stderrText}`));
      }, ms);
    });
    return Promise.race([this.exited, timeout]).finally(() => clearTimeout(timer));
  }
}

/** Runs a script to its end. */
export async function runToEnd(script: string, args: readonly string[], env: NodeJS.ProcessEnv, ms = 15_000) {
  const run = new ChildProcessRun(script, args, env);
  const exit = await run.exitWithin(ms);
  return { ...exit, stdout: run.stdout, stderr: run.stderr };
}

/** Runs a script to its end with `input` on its standard input (a password for `--password-stdin`). */
export function runWithInput(script: string, args: readonly string[], env: NodeJS.ProcessEnv, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/**
 * The environment of a child: PATH and what the test sets, nothing inherited
 * that could change the store. A clock moved by libfaketime (the tests' proof
 * that they pass next year, README) is passed on, so the service and the test
 * that asks it share one calendar.
 */
export function childEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const fakedClock = Object.fromEntries(Object.entries(process.env).filter(([name]) => name === 'LD_PRELOAD' || name.startsWith('FAKETIME')));
  return { PATH: process.env.PATH ?? '', ...fakedClock, ...vars };
}
