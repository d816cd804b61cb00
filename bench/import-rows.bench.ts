import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbook } from '../apps/register/src/workbook/export/workbook-writer';
import { generatedRegister } from '../apps/register/src/workbook/testing/generated-register';
import type { BenchContext } from './bench-context';

/** The built command line beside this file once compiled (dist/bench -> dist/apps). */
const CLI_ENTRY = join(__dirname, '..', 'apps', 'register-cli', 'src', 'main.js');
const MANDATES = 10_000;

/**
 * Rows per second of `npm run cli -- import <workbook>` into an empty SQLite
 * register, from the start of the process to its exit: reading the workbook,
 * the check of every row, then every row through the write pipeline, as a
 * registrar runs it. The workbook is generated here (10,000 mandates at full
 * size) and only here, to keep CI short.
 */
export async function importRows(ctx: BenchContext): Promise<number> {
  const mandates = Math.max(100, Math.round(MANDATES * (ctx.sizes.singleAppends / 5_000)));
  const sheets = generatedRegister(mandates);
  const rows = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  const file = join(ctx.workDir, `register-${mandates}.xlsx`);
  writeFileSync(file, await writeWorkbook(sheets));
  const dataDir = join(ctx.workDir, 'import-rows');
  mkdirSync(dataDir, { recursive: true });
  const started = process.hrtime.bigint();
  await runCli(['import', file], { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', REGISTER_DATA_DIR: dataDir });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  ctx.note(`import.rows: npm run cli -- import of a generated workbook of ${mandates} mandates (${rows} rows) into an empty SQLite register, process start to exit`);
  return rows / seconds;
}

function runCli(args: readonly string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-4_000)));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import.rows: the import exited with ${code}: ${errors}`))));
  });
}
