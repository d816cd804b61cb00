import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../../../apps/register-cli/src/cli-command';
import { dispatch } from '../../../apps/register-cli/src/cli-dispatcher';
import { headCommand } from '../../../apps/register-cli/src/commands/head.command';
import { workbookExportCommand } from '../../../apps/register-cli/src/commands/workbook-export.command';
import { workbookImportCommand } from '../../../apps/register-cli/src/commands/workbook-import.command';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import { makeTempDir, removeTempDir } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/test-token';
import { openRegister } from './support/workbook-registers';

const COMMANDS = [headCommand, workbookImportCommand, workbookExportCommand];

async function cli(args: string[], dataDir: string, errIsTerminal = false) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { env: { REGISTER_DATA_DIR: dataDir, REGISTER_JWT_SECRET: TEST_JWT_SECRET }, cwd: dataDir, out: (t) => stdout.push(t), err: (t) => stderr.push(t), errIsTerminal };
  const status = await dispatch(args, COMMANDS, io);
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('npm run cli -- import and export', () => {
  const dirs: string[] = [];
  const freshDir = async (): Promise<string> => {
    const dir = await makeTempDir('workbook-cli');
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map(removeTempDir));
  });

  it('answers wrong arguments with exit status 2 and the usage, before it opens anything', async () => {
    const dir = await freshDir();
    await expect(cli(['import'], dir)).resolves.toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: npm run cli -- import <file>... [--dry-run]') });
    await expect(cli(['import', 'a.xlsx', '--yes'], dir)).resolves.toMatchObject({ status: 2, stderr: expect.stringContaining('import does not know --yes') });
    await expect(cli(['export'], dir)).resolves.toMatchObject({ status: 2, stderr: expect.stringContaining('export writes to one file') });
    await expect(cli(['export', 'x.xlsx', '--all'], dir)).resolves.toMatchObject({ status: 2 });
  });

  it('writes the empty template, which imports as nothing, and keeps an existing file unless told --force', async () => {
    const dir = await freshDir();
    await expect(cli(['export', 'sjabloon.xlsx', '--template'], dir)).resolves.toEqual({ status: 0, stdout: 'Wrote the empty template to sjabloon.xlsx.\n', stderr: '' });
    await expect(cli(['import', 'sjabloon.xlsx', '--dry-run'], dir)).resolves.toEqual({
      status: 0,
      stdout: 'Checked 0 rows (0 writes): no problems; 0 would be written, 0 already in the register. Nothing written (--dry-run).\n',
      stderr: '',
    });
    await expect(cli(['export', 'sjabloon.xlsx', '--template'], dir)).resolves.toMatchObject({ status: 1, stderr: expect.stringContaining('sjabloon.xlsx exists; not overwriting it') });
    await expect(cli(['export', 'sjabloon.xlsx', '--template', '--force'], dir)).resolves.toMatchObject({ status: 0 });
  });

  it('prints each problem as sheet!row: CODE — sentence with exit status 3 and writes nothing, in the dry run and the real one alike', async () => {
    const dir = await freshDir();
    await writeFile(join(dir, 'deelnemers.csv'), 'gemeente;naam;toegetreden op\nGM0935;Maastricht;01-01-2016\nGM0938;Meerssen;31-02-2016\n');
    await writeFile(join(dir, 'functies.csv'), 'functie,naam,gemeente\nGM0935.manager-sociale-zekerheid,Manager Sociale Zekerheid,GM0935\nGM0999.onbekend,Onbekend,GM0999\n');
    const problems = [
      'deelnemers!3: VALIDATION_FAILED — Kolom "toegetreden op": 31-02-2016 bestaat niet als datum.',
      'functies!3: UNKNOWN_REFERENCE — Het register kent de deelnemende gemeente GM0999 niet, ook niet uit de rijen ervoor: alleen gemeenten die deelnemen of deelnamen komen in het register (GR SZMH art. 1 en 21).',
    ];
    for (const args of [['--dry-run'], []]) {
      const run = await cli(['import', 'deelnemers.csv', 'functies.csv', ...args], dir);
      expect(run).toEqual({ status: 3, stdout: `${problems.join('\n')}\nChecked 4 rows (3 writes): 2 problem(s); nothing written. Fix the rows named above and run the import again.\n`, stderr: '' });
      await expect(cli(['head'], dir)).resolves.toMatchObject({ stdout: '0\n' });
    }
    await writeFile(join(dir, 'deelnemers.csv'), 'gemeente;naam;toegetreden op\nGM0935;Maastricht;01-01-2016\nGM0938;Meerssen;29-02-2016\nGM0999;Onbekend;2016-01-01\n');
    await expect(cli(['import', 'deelnemers.csv', 'functies.csv'], dir)).resolves.toMatchObject({ status: 0, stdout: expect.stringMatching(/^Imported 5 rows \(5 writes\): 5 written, 0 already in the register; the log now ends at position [1-9]\d*\.\n$/) });
  }, 60_000);

  it('exports a register that imports into an empty one, drawing a progress bar only on a terminal', async () => {
    const source = await openRegister('SQLite');
    await DemoLoader.from(source.app).load();
    const sourceDir = source.env.REGISTER_DATA_DIR;
    await source.app.close();
    await expect(cli(['export', 'demo.xlsx'], sourceDir)).resolves.toEqual({ status: 0, stdout: 'Exported the register to demo.xlsx.\n', stderr: '' });
    const dir = await freshDir();
    await writeFile(join(dir, 'demo.xlsx'), await readFile(join(sourceDir, 'demo.xlsx')));
    const piped = await cli(['import', 'demo.xlsx', '--dry-run'], dir);
    expect(piped).toMatchObject({ status: 0, stderr: '' });
    const onTerminal = await cli(['import', 'demo.xlsx'], dir, true);
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stderr).toMatch(/^\rcontroleren +\[[#.]{30}\] +\d+\/\d+/);
    expect(onTerminal.stderr).toContain('\rinlezen');
    expect(onTerminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    await removeTempDir(sourceDir);
  }, 120_000);
});
