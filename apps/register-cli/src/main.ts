import { type CliIo } from './cli-command';
import { dispatch } from './cli-dispatcher';
import { demoCommand } from './commands/demo.command';
import { headCommand } from './commands/head.command';
import { logCommand } from './commands/log.command';
import { migrateCommand } from './commands/migrate.command';
import { rebuildCommand } from './commands/rebuild.command';
import { tokenCommand } from './commands/token.command';
import { userCommand } from './commands/user.command';
import { verifyCommand } from './commands/verify.command';
import { workbookExportCommand } from './commands/workbook-export.command';
import { workbookImportCommand } from './commands/workbook-import.command';

const io: CliIo = {
  env: process.env,
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true,
  stdin: process.stdin,
};

dispatch(process.argv.slice(2), [headCommand, tokenCommand, userCommand, migrateCommand, rebuildCommand, demoCommand, verifyCommand, logCommand, workbookImportCommand, workbookExportCommand], io).then((status) => {
  // exitCode rather than exit(): pending output to a pipe is written out first.
  process.exitCode = status;
});
