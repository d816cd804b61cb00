import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { type CliCommand, UsageError } from '../cli-command';
import { quietByDefault } from '../quiet-environment';

/**
 * `export <file.xlsx> [--template] [--force]`: the register as it stands now
 * in the import's template, so it can be imported again (into an empty
 * register: the same ids, gemeenteblad numbers, dates and answers); with
 * `--template` the empty template, without opening the store. An existing file
 * is kept unless `--force` says otherwise: it may be a register filled in by hand.
 */
export const workbookExportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the register (or with --template the empty template) to an .xlsx workbook',
  arguments: '<file.xlsx> [--template] [--force]',
  async run(args, io) {
    const flags = new Set(args.filter((arg) => arg.startsWith('--')));
    const files = args.filter((arg) => !arg.startsWith('--'));
    const unknown = [...flags].find((flag) => flag !== '--template' && flag !== '--force');
    if (unknown !== undefined) throw new UsageError(`export does not know ${unknown}`);
    if (files.length !== 1) throw new UsageError('export writes to one file, such as register.xlsx');
    const config = flags.has('--template') ? undefined : loadRegisterConfig(quietByDefault(io.env), io.cwd);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runWorkbookExport } = require('./workbook-export.run') as typeof import('./workbook-export.run');
    return runWorkbookExport(config, io, files[0], flags.has('--force'));
  },
};
