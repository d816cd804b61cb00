import { type Projection, ProjectionLeaseHeldError, type RebuildProgress, rebuildProjections } from '@register/projections';
import { resolveLogSigningKey } from '../../../register/src/audit/log-signing/log-signing-key';
import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import type { RegisterConfig } from '../../../register/src/config/register-config';
import { openEventStoreOn, openRegisterDataSource } from '../../../register/src/event-store/register-data-source';
import { serviceProjections } from '../../../register/src/read-side/service-projections';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-command';

const BAR_WIDTH = 30;
/** Redrawing the bar more often only costs the terminal time. */
const REDRAW_EVERY_MS = 100;

/**
 * `rebuild`: drops every read model and its checkpoint and replays the log
 * into them from position 0, with a progress bar on stderr and the rate on
 * stdout. It takes the projection lease first, so it refuses to run while a
 * service projects (SQLite: the service's lease row is fresh; PostgreSQL: its
 * advisory lock is held) and a service started meanwhile stands by until it ends.
 */
export function createRebuildCommand(projections: (config: RegisterConfig) => Promise<readonly Projection[]> | readonly Projection[] = projectionsOf): CliCommand {
  return {
    name: 'rebuild',
    summary: 'Drop the read models and replay the whole log into them (refused while the service runs)',
    arguments: '',
    async run(args, io) {
      if (args.length > 0) throw new UsageError(`rebuild takes no arguments; got ${args.join(' ')}`);
      const config = loadRegisterConfig(io.env, io.cwd);
      const replayed = await projections(config);
      const dataSource = await openRegisterDataSource(config.store);
      try {
        const store = await openEventStoreOn(config.store, dataSource);
        try {
          return await rebuild({ dataSource, store, projections: replayed }, io);
        } finally {
          await store.close();
        }
      } finally {
        await dataSource.destroy();
      }
    },
  };
}

export const rebuildCommand = createRebuildCommand();

/** The service's projections, the log's tree among them, signing with the key the service signs with. */
async function projectionsOf(config: RegisterConfig): Promise<Projection[]> {
  return serviceProjections((await resolveLogSigningKey(config)).signer);
}

async function rebuild(options: Omit<Parameters<typeof rebuildProjections>[0], 'onProgress'>, io: CliIo): Promise<number> {
  const bar = new ProgressBar(io);
  try {
    const report = await rebuildProjections({ ...options, onProgress: (progress) => bar.draw(progress) });
    bar.finish(report);
    const seconds = report.elapsedMs / 1000;
    const rate = seconds > 0 ? Math.round(report.events / seconds) : 0;
    io.out(
      `Rebuilt ${options.projections.length} projection(s) from ${report.events} events up to position ${report.position} ` +
        `in ${seconds.toFixed(1)} s: ${rate} events/s\n`,
    );
    return EXIT_OK;
  } catch (error) {
    bar.abandon();
    if (!(error instanceof ProjectionLeaseHeldError)) throw error;
    io.err(`Refusing to rebuild: ${error.message}. Stop the service (or let the other rebuild finish), then run rebuild again.\n`);
    return EXIT_FAILED;
  }
}

/** A one-line textual bar, redrawn in place with a carriage return. */
class ProgressBar {
  private drawnAt = 0;
  private drawn = false;

  constructor(private readonly io: CliIo) {}

  draw(progress: RebuildProgress, force = false): void {
    const now = Date.now();
    if (!force && now - this.drawnAt < REDRAW_EVERY_MS) return;
    this.drawnAt = now;
    this.drawn = true;
    const share = progress.head === 0 ? 1 : Math.min(progress.position / progress.head, 1);
    const filled = Math.round(share * BAR_WIDTH);
    const percent = `${Math.floor(share * 100)}%`.padStart(4);
    this.io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${percent} position ${progress.position} of ${progress.head}`);
  }

  finish(progress: RebuildProgress): void {
    this.draw(progress, true);
    this.io.err('\n');
  }

  /** Ends the line a failure interrupted, so the message starts on its own. */
  abandon(): void {
    if (this.drawn) this.io.err('\n');
  }
}
