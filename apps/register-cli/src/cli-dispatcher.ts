import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './cli-command';

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

/** Runs the command named by the first argument and returns the process exit status. */
export async function dispatch(argv: readonly string[], commands: readonly CliCommand[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name !== undefined && HELP_FLAGS.has(name)) {
    io.out(usage(commands));
    return EXIT_OK;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`${name === undefined ? 'No command given' : `Unknown command ${JSON.stringify(name)}`}\n\n${usage(commands)}`);
    return EXIT_USAGE;
  }
  if (args.some((arg) => HELP_FLAGS.has(arg))) {
    io.out(`${commandUsage(command)}\n  ${command.summary}\n`);
    return EXIT_OK;
  }
  return runCommand(command, args, io);
}

async function runCommand(command: CliCommand, args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${commandUsage(command)}\n`);
      return EXIT_USAGE;
    }
    io.err(`${command.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
}

function usage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: npm run cli -- <command> [arguments]',
    '',
    'Commands:',
    ...lines,
    '',
    'Commands use the store the service is configured with (REGISTER_STORE, REGISTER_DATA_DIR,',
    'DATABASE_URL, EVENTSTORE_CONNECTION_STRING), except verify, which reads only the files it is',
    'given; `<command> --help` describes one command.',
    '',
  ].join('\n');
}

function commandUsage(command: CliCommand): string {
  return `Usage: npm run cli -- ${command.name}${command.arguments ? ` ${command.arguments}` : ''}`;
}
