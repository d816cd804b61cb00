import { constants } from 'node:fs';
import { access, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RegisterConfig } from '../../../register/src/config/register-config';
import { WorkbookExport } from '../../../register/src/workbook/export/workbook-export';
import { writeWorkbook } from '../../../register/src/workbook/export/workbook-writer';
import { type CliIo, EXIT_FAILED, EXIT_OK } from '../cli-command';
import { withServiceContext } from '../service-context';

/** Writes the workbook next to its destination first, then renames it: a reader never sees half a file. */
export async function runWorkbookExport(config: RegisterConfig | undefined, io: CliIo, file: string, force: boolean): Promise<number> {
  const target = resolve(io.cwd, file);
  if (!force && (await exists(target))) {
    io.err(`${file} exists; not overwriting it (it may be a register filled in by hand). Use --force to replace it.\n`);
    return EXIT_FAILED;
  }
  const bytes = config === undefined ? await writeWorkbook() : await withServiceContext(config, (app) => app.get(WorkbookExport).workbook());
  const partial = `${target}.partial`;
  await writeFile(partial, bytes, { mode: 0o600 });
  await rename(partial, target);
  io.out(config === undefined ? `Wrote the empty template to ${file}.\n` : `Exported the register to ${file}.\n`);
  return EXIT_OK;
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}
