import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeBase64, parseVerifierKey, verifyAuditBundle, type BundleReport } from '@register/verifiable-log';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-command';

interface VerifyRequest {
  readonly bundle: string;
  readonly since?: string;
  readonly key?: string;
}

/**
 * Checks an audit bundle on the auditor's machine. It needs no database and
 * no configuration: it reads the files it is given and nothing else, so it
 * runs wherever the register's code is, without a service or a store.
 */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check an audit bundle offline: signatures, every leaf hash and every proof (needs no database)',
  arguments: '<bundle.zip> [--since <older checkpoint file>] [--key <verifier key, or a file holding it>]',
  async run(args, io) {
    const request = verifyRequest(args);
    const zip = await readInput(io, request.bundle);
    const since = request.since === undefined ? undefined : { name: request.since, note: await readInput(io, request.since) };
    const trustedKey = request.key === undefined ? undefined : await trustedKeyOf(io, request.key);
    const report = verifyAuditBundle(zip, { since, trustedKey });
    if (report.valid) io.out(passed(request, report, trustedKey !== undefined));
    else io.err(failed(request, report));
    return report.valid ? EXIT_OK : EXIT_FAILED;
  },
};

function verifyRequest(args: readonly string[]): VerifyRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { since: { type: 'string' }, key: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length !== 1) throw new UsageError('verify takes one bundle, the ZIP file GET /audit/export answered');
  return { bundle: parsed.positionals[0], since: parsed.values.since, key: parsed.values.key };
}

async function readInput(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(io.cwd, path));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}

/** `--key` takes the verifier key itself (it holds "+", which file names seldom do) or a file holding it. */
async function trustedKeyOf(io: CliIo, given: string): Promise<string> {
  const text = given.includes('+') ? given : Buffer.from(await readInput(io, given)).toString('utf8').trim();
  try {
    return parseVerifierKey(text).encoded;
  } catch (error) {
    throw new UsageError(`--key takes a verifier key <origin>+<8 hex>+<base64> or a file holding one: ${(error as Error).message}`);
  }
}

function passed(request: VerifyRequest, report: BundleReport, keyGiven: boolean): string {
  const { manifest, checkpoint, since } = report;
  const lines = [
    `OK ${request.bundle}`,
    `  ${manifest?.municipality}: ${report.events} events recorded ${manifest?.from} through ${manifest?.until}, exported ${manifest?.exportedAt}`,
    `  each event matches its leaf hash and is included in the log of ${checkpoint?.size} events with root ${encodeBase64(checkpoint?.rootHash ?? new Uint8Array())}`,
    `  checkpoint and manifest signed by ${report.verifierKey}`,
  ];
  if (since) lines.push(`  the log of your checkpoint ${request.since} (${since.size} events) is a prefix of this one: nothing in it was changed or removed`);
  if (!keyGiven) lines.push('  Compare that key with the one you obtained from the register, or pass it with --key to have it checked.');
  return `${lines.join('\n')}\n`;
}

function failed(request: VerifyRequest, report: BundleReport): string {
  const lines = report.failures.map(({ file, check, message }) => `  ${file}: ${check}: ${message}`);
  return `FAILED ${request.bundle}: ${report.failures.length} check(s) failed\n${lines.join('\n')}\n`;
}
