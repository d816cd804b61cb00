import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { type CliCommand, UsageError } from '../cli-command';
import { quietByDefault } from '../quiet-environment';

/**
 * `import <file>... [--dry-run]`: brings a register kept in the spreadsheet
 * template (an .xlsx workbook, or one .csv file per sheet named after it) into
 * the register. Every row is first checked against the rules in dependency
 * order; with problems, each is printed as `sheet!row: CODE — sentence` and
 * nothing is written (exit 3). Without `--dry-run` a clean workbook is then
 * written through the service's write pipeline (exit 0); a run killed
 * half-way completes when run again and writes nothing twice.
 */
export const workbookImportCommand: CliCommand = {
  name: 'import',
  summary: 'Check (--dry-run) or bring in a register from the spreadsheet template (.xlsx, or .csv per sheet)',
  arguments: '<file>... [--dry-run]',
  async run(args, io) {
    const dryRun = args.includes('--dry-run');
    const files = args.filter((arg) => arg !== '--dry-run');
    const flag = files.find((arg) => arg.startsWith('--'));
    if (flag !== undefined) throw new UsageError(`import does not know ${flag}`);
    if (files.length === 0) throw new UsageError('import needs the workbook to read: an .xlsx file, or .csv files named after their sheets');
    const config = loadRegisterConfig(quietByDefault(io.env), io.cwd);
    // Required here, as the demo command does: only this command loads the whole service.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runWorkbookImport } = require('./workbook-import.run') as typeof import('./workbook-import.run');
    return runWorkbookImport(config, io, files, dryRun);
  },
};
