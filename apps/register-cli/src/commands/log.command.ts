import { type LogVerificationReport, verifyLog } from '@register/projections';
import { encodeBase64, generateSignerKey } from '@register/verifiable-log';
import { resolveLogSigningKey } from '../../../register/src/audit/log-signing/log-signing-key';
import { loadAuditConfig } from '../../../register/src/config/load-audit-config';
import { InvalidConfigError } from '../../../register/src/config/invalid-config.error';
import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { openEventStoreOn, openRegisterDataSource } from '../../../register/src/event-store/register-data-source';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-command';

const ACTIONS = ['public-key', 'verify', 'new-key'] as const;

/**
 * `log public-key | verify | new-key`: the verifiable log from the operator's
 * side. `public-key` prints the verifier key auditors check bundles with
 * (generating the embedded default's key on first use, as the service
 * would); `verify` recomputes the tree from the stored events and compares
 * it with the stored tree and every signed checkpoint; `new-key` prints a
 * fresh signer key for REGISTER_LOG_SIGNING_KEY.
 */
export const logCommand: CliCommand = {
  name: 'log',
  summary: 'The verifiable log: print its public key, verify the stored events against the tree and the signed checkpoints, or make a new key',
  arguments: ACTIONS.join(' | '),
  async run(args, io) {
    const [action, ...rest] = args;
    if (!(ACTIONS as readonly (string | undefined)[]).includes(action) || rest.length > 0) {
      throw new UsageError(`log takes one of ${ACTIONS.join(', ')} and nothing after it; got ${args.join(' ') || 'nothing'}`);
    }
    if (action === 'new-key') return newKey(io);
    const config = loadRegisterConfig({ LOG_LEVEL: 'warn', ...io.env }, io.cwd);
    const key = await resolveLogSigningKey(config);
    if (action === 'public-key') {
      io.out(`${key.signer.verifier.encoded}\n`);
      return EXIT_OK;
    }
    const dataSource = await openRegisterDataSource(config.store);
    try {
      const store = await openEventStoreOn(config.store, dataSource);
      try {
        return report(await verifyLog(store, dataSource, key.signer.verifier), io);
      } finally {
        await store.close();
      }
    } finally {
      await dataSource.destroy();
    }
  },
};

/** Needs only the origin: a shared store is configured with the key this makes. */
function newKey(io: CliIo): number {
  const problems: string[] = [];
  const { logOrigin } = loadAuditConfig((name) => (io.env[name] === '' ? undefined : io.env[name]), undefined, problems);
  if (problems.length > 0) throw new InvalidConfigError(problems);
  io.out(`${generateSignerKey(logOrigin)}\n`);
  io.err(`A new signing key of the log ${logOrigin}: set it as REGISTER_LOG_SIGNING_KEY, keep it secret, and never change it while auditors hold checkpoints.\n`);
  return EXIT_OK;
}

function report(result: LogVerificationReport, io: CliIo): number {
  const { latest, treeSize, eventsCompared, checkpointsCompared } = result;
  if (result.findings.length === 0) {
    const signed = latest === undefined ? 'the register has signed no checkpoint yet' : `the latest, of ${latest.treeSize} events signed at ${latest.signedAt}, has root ${encodeBase64(latest.rootHash)}`;
    io.out(`OK: ${eventsCompared} events match the tree of ${treeSize} leaves, and the tree matches the ${checkpointsCompared} checkpoints the register signed; ${signed}\n`);
    return EXIT_OK;
  }
  const lines = result.findings.map((finding) => `  ${finding.position === undefined ? '' : `position ${finding.position}: `}${finding.check}: ${finding.message}`);
  if (result.unlisted > 0) lines.push(`  and ${result.unlisted} more`);
  io.err(`FAILED: the stored log does not match its tree or the checkpoints the register signed\n${lines.join('\n')}\n`);
  return EXIT_FAILED;
}
