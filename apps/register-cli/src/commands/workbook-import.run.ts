import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import type { RegisterConfig } from '../../../register/src/config/register-config';
import { formatProblem } from '../../../register/src/workbook/import/import-problem';
import { type ImportProgress, type ImportReport, WorkbookImport } from '../../../register/src/workbook/import/workbook-import';
import { readWorkbookFiles } from '../../../register/src/workbook/reading/read-workbook-file';
import { type CliIo, EXIT_OK, EXIT_REFUSED } from '../cli-command';
import { ProgressBar } from '../progress-bar';
import { withServiceContext } from '../service-context';

const STAGES = { check: 'controleren', write: 'inlezen' } as const;

/** The import of issue 15 through an application context of the service; the exit status. */
export async function runWorkbookImport(config: RegisterConfig, io: CliIo, files: readonly string[], dryRun: boolean): Promise<number> {
  const content = await readWorkbookFiles(await Promise.all(files.map(async (file) => ({ name: basename(file), bytes: await readFile(resolve(io.cwd, file)) }))));
  const bar = io.errIsTerminal ? new ProgressBar(io.err) : undefined;
  const progress: ImportProgress = (stage, done, total) => bar?.update(STAGES[stage], done, total);
  return withServiceContext(config, async (app) => {
    const workbooks = app.get(WorkbookImport);
    const report = await (dryRun ? workbooks.check(content, progress) : workbooks.apply(content, cliPrincipal(), progress)).finally(() => bar?.finish());
    for (const problem of report.problems) io.out(`${formatProblem(problem)}\n`);
    io.out(`${summary(report, dryRun, await app.get<EventStore>(EVENT_STORE).headPosition())}\n`);
    return report.problems.length > 0 ? EXIT_REFUSED : EXIT_OK;
  });
}

/** `recordedBy` of what the command line writes: there is no signed-in subject, so the account that ran it. */
function cliPrincipal(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

function summary(report: ImportReport, dryRun: boolean, head: number): string {
  const read = `${report.rows} rows (${report.writes} writes)`;
  if (report.problems.length > 0) return `Checked ${read}: ${report.problems.length} problem(s); nothing written. Fix the rows named above and run the import again.`;
  const toWrite = report.writes - report.present;
  if (dryRun) return `Checked ${read}: no problems; ${toWrite} would be written, ${report.present} already in the register. Nothing written (--dry-run).`;
  return `Imported ${read}: ${report.written} written, ${report.present} already in the register; the log now ends at position ${head}.`;
}
