import { InvalidConfigError } from './invalid-config.error';

/** What `node dist/apps/register/src/main.js [--demo]` (so `npm start -- --demo`) was asked on its command line. */
export interface StartArguments {
  /** Load the SZMH demo before listening when the register is empty (the same as REGISTER_DEMO=true). */
  readonly demo: boolean;
}

const KNOWN = ['--demo'];

/**
 * Reads the service's command-line arguments. An unknown one stops the boot:
 * `--dmeo` silently starting an empty register would look like a broken demo.
 *
 * @throws InvalidConfigError naming each unknown argument.
 */
export function parseStartArguments(argv: readonly string[]): StartArguments {
  const unknown = argv.filter((arg) => !KNOWN.includes(arg));
  if (unknown.length > 0) {
    throw new InvalidConfigError(unknown.map((arg) => `Unknown argument ${JSON.stringify(arg)}; the service accepts only ${KNOWN.join(', ')}`));
  }
  return { demo: argv.includes('--demo') };
}
