import { createInterface } from 'node:readline';
import type { CliIo } from '../cli-command';
import { UsageError } from '../cli-command';

/** NCSC and NIST advise length over composition rules; twelve characters keeps a guessed password out of reach of the throttle. */
const MIN_PASSWORD_LENGTH = 12;

/** The new account's password: all of standard input with `--password-stdin`, else typed twice at a hidden prompt. */
export async function readNewPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  const stdin = io.stdin;
  if (stdin === undefined) throw new UsageError('No standard input to read the password from');
  const password = fromStdin ? await readAll(stdin) : await promptTwice(io, stdin);
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new UsageError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  return password;
}

async function readAll(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += chunk.toString();
  // `echo secret | ...` and here-strings end with a newline that is not part of the password.
  return text.replace(/\r?\n$/, '');
}

async function promptTwice(io: CliIo, stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean }): Promise<string> {
  if (stdin.isTTY !== true) throw new UsageError('Not a terminal: give the password on standard input with --password-stdin');
  const first = await promptHidden(io, stdin, 'Password: ');
  const second = await promptHidden(io, stdin, 'Repeat the password: ');
  if (first !== second) throw new UsageError('The two passwords differ');
  return first;
}

function promptHidden(io: CliIo, stdin: NodeJS.ReadableStream, question: string): Promise<string> {
  io.err(question);
  // Nothing typed is echoed: readline writes to a sink, the prompt went to stderr above.
  const rl = createInterface({ input: stdin, output: undefined, terminal: true });
  return new Promise((resolve) => {
    rl.once('line', (line) => {
      rl.close();
      io.err('\n');
      resolve(line);
    });
  });
}
