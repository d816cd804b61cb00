import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from '../app/support/test-app';

const REPO = join(__dirname, '..', '..');

/**
 * A monorepo of two sources, a spec and a file to copy, built the way
 * nest-cli.json builds the register, with the repository's own script and
 * packages: what `npm run cli` runs before every command.
 */
function project(root: string): void {
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src'));
  copyFileSync(join(REPO, 'scripts', 'build-stale.mjs'), join(root, 'scripts', 'build-stale.mjs'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  const nest = JSON.parse(readFileSync(join(REPO, 'nest-cli.json'), 'utf8'));
  nest.compilerOptions.builder.options.filenames = ['src'];
  nest.root = 'src';
  nest.sourceRoot = 'src';
  nest.projects = { app: { type: 'application', root: 'src', entryFile: 'a', sourceRoot: 'src' } };
  writeFileSync(join(root, 'nest-cli.json'), JSON.stringify(nest));
  writeFileSync(join(root, '.swcrc'), JSON.stringify({ module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', outDir: './dist', rootDir: '.' }, include: ['src'] }));
  writeFileSync(join(root, 'src', 'a.ts'), "export const a: string = 'first';\n");
  writeFileSync(join(root, 'src', 'b.ts'), 'export const b: number = 1;\n');
  writeFileSync(join(root, 'src', 'a.spec.ts'), 'export const spec = true;\n');
  writeFileSync(join(root, 'src', 'hook.cjs'), 'module.exports = 1;\n');
}

describe('scripts/build-stale.mjs (npm run cli builds only what changed)', () => {
  let root: string;
  const build = () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'build-stale.mjs')], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`build-stale exited ${run.status}: ${run.stderr}`);
  };
  const out = (file: string) => join(root, 'dist', 'src', file);
  const modified = (file: string) => statSync(out(file)).mtimeMs;

  beforeAll(async () => {
    root = await makeTempDir('build-stale');
    project(root);
    build();
  }, 60_000);

  afterAll(() => removeTempDir(root));

  it('builds everything the first time, copying what it does not compile and leaving the specs out', () => {
    expect([existsSync(out('a.js')), existsSync(out('b.js')), existsSync(out('hook.cjs')), existsSync(out('a.spec.js'))]).toEqual([true, true, true, false]);
  });

  it('rewrites nothing when nothing changed', () => {
    const before = [modified('a.js'), modified('b.js'), modified('hook.cjs')];
    build();
    expect([modified('a.js'), modified('b.js'), modified('hook.cjs')]).toEqual(before);
  });

  it('compiles a changed source alone', () => {
    const untouched = modified('b.js');
    writeFileSync(join(root, 'src', 'a.ts'), "export const a: string = 'second';\n");
    build();
    expect([readFileSync(out('a.js'), 'utf8'), modified('b.js')]).toEqual([expect.stringContaining("'second'"), untouched]);
  });

  it('removes the output of a deleted source, its source map included', () => {
    rmSync(join(root, 'src', 'b.ts'));
    build();
    expect([existsSync(out('b.js')), existsSync(out('b.js.map')), existsSync(out('a.js'))]).toEqual([false, false, true]);
  });

  it('rebuilds everything once the build configuration changed', () => {
    const before = modified('a.js');
    writeFileSync(join(root, '.swcrc'), JSON.stringify({ module: { type: 'commonjs' }, jsc: { target: 'es2020', parser: { syntax: 'typescript' } } }));
    build();
    expect(modified('a.js')).toBeGreaterThan(before);
  });
});
