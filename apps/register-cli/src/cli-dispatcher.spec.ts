import { type CliCommand, type CliIo, UsageError } from './cli-command';
import { dispatch } from './cli-dispatcher';

interface CapturedIo extends CliIo {
  readonly stdout: string[];
  readonly stderr: string[];
}

function captureIo(): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { env: {}, cwd: '/tmp', stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

function command(name: string, run: CliCommand['run']): CliCommand {
  return { name, summary: `does ${name}`, arguments: '[--flag]', run };
}

const received: (readonly string[])[] = [];
const echo = command('echo', async (args, io) => {
  received.push(args);
  io.out(args.join(' '));
  return 0;
});
const failing = command('explode', async () => {
  throw new Error('disk full');
});
const strict = command('strict', async () => {
  throw new UsageError('strict takes no arguments');
});
const commands = [echo, failing, strict];

describe('the command line dispatcher', () => {
  beforeEach(() => {
    received.length = 0;
  });

  it('runs the named command with the remaining arguments and returns its status', async () => {
    const io = captureIo();
    await expect(dispatch(['echo', 'a', 'b'], commands, io)).resolves.toBe(0);
    expect(received).toEqual([['a', 'b']]);
    expect(io.stdout.join('')).toBe('a b');
  });

  it.each(['--help', '-h', 'help'])('lists every command with its summary for %s and exits 0', async (flag) => {
    const io = captureIo();
    await expect(dispatch([flag], commands, io)).resolves.toBe(0);
    const text = io.stdout.join('');
    expect(text).toContain('Usage: npm run cli -- <command>');
    expect(text).toMatch(/^ {2}echo {5}does echo$/m);
    expect(text).toMatch(/^ {2}explode {2}does explode$/m);
    expect(io.stderr).toEqual([]);
  });

  it('answers an unknown command with exit status 2 and the usage on stderr', async () => {
    const io = captureIo();
    await expect(dispatch(['frobnicate'], commands, io)).resolves.toBe(2);
    expect(io.stderr.join('')).toContain('Unknown command "frobnicate"');
    expect(io.stderr.join('')).toContain('Commands:');
    expect(io.stdout).toEqual([]);
  });

  it('answers no command at all with exit status 2', async () => {
    const io = captureIo();
    await expect(dispatch([], commands, io)).resolves.toBe(2);
    expect(io.stderr.join('')).toContain('No command given');
  });

  it('describes one command on <command> --help without running it', async () => {
    const io = captureIo();
    await expect(dispatch(['echo', '--help'], commands, io)).resolves.toBe(0);
    expect(received).toEqual([]);
    expect(io.stdout.join('')).toBe('Usage: npm run cli -- echo [--flag]\n  does echo\n');
  });

  it('turns a failing command into exit status 1 with its message on stderr', async () => {
    const io = captureIo();
    await expect(dispatch(['explode'], commands, io)).resolves.toBe(1);
    expect(io.stderr.join('')).toBe('explode failed: disk full\n');
  });

  it('turns wrong arguments into exit status 2 with the command usage', async () => {
    const io = captureIo();
    await expect(dispatch(['strict', 'extra'], commands, io)).resolves.toBe(2);
    expect(io.stderr.join('')).toBe('strict takes no arguments\nUsage: npm run cli -- strict [--flag]\n');
  });
});
