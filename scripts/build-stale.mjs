// Brings dist/ up to date for `npm run cli`, compiling only what changed.
//
// `nest build` (npm run build) compiles every file of the monorepo, some 400,
// which made each `npm run cli -- token` take seconds. This compiles just the
// sources newer than their output, with the same SWC settings, copies changed
// non-TypeScript files, and removes output whose source is gone. With no
// output yet, or when the build's own configuration changed, it runs the full
// `nest build` instead. What is compiled and where it goes is read from
// nest-cli.json, the one definition of the build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Files that change what every output looks like. */
const BUILD_CONFIG = ['nest-cli.json', '.swcrc'];
const COMPILED = /\.(ts|js)$/;
const require = createRequire(import.meta.url);

const { filenames, outDir, ignore } = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')).compilerOptions.builder.options;
const ignoredSuffixes = ignore.map(suffixOf);

main();

function main() {
  const sources = filenames.flatMap((dir) => filesUnder(join(ROOT, dir))).filter((file) => !ignoredSuffixes.some((suffix) => file.endsWith(suffix)));
  const configChanged = Math.max(...BUILD_CONFIG.map((file) => mtimeOf(join(ROOT, file))));
  const stale = sources.filter((source) => mtimeOf(outputOf(source)) < Math.max(mtimeOf(source), configChanged));
  if (stale.length === sources.length) return run(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build']);
  removeOrphans(new Set(sources.map(outputOf)));
  const [compiled, copied] = partition(stale, (file) => COMPILED.test(file) && !file.endsWith('.d.ts'));
  for (const file of copied) {
    mkdirSync(dirname(outputOf(file)), { recursive: true });
    copyFileSync(file, outputOf(file));
  }
  if (compiled.length > 0) run(process.execPath, [require.resolve('@swc/cli/bin/swc.js'), ...compiled.map(relativeToRoot), '-d', outDir, '--quiet']);
}

/** `**\/*.spec.ts` -> `.spec.ts`: nest-cli.json ignores files by their ending only, which this understands. */
function suffixOf(pattern) {
  const match = /^\*\*\/\*(\.[\w.-]+)$/.exec(pattern);
  if (!match) throw new Error(`scripts/build-stale.mjs understands ignore patterns of the form **/*.ending, not ${pattern}`);
  return match[1];
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() && !entry.name.startsWith('.') ? [path] : [];
  });
}

function outputOf(source) {
  const out = join(ROOT, outDir, relativeToRoot(source));
  return COMPILED.test(out) && !out.endsWith('.d.ts') ? out.replace(COMPILED, '.js') : out;
}

/** Output of a source that no longer exists, with its source map: a deleted file must not stay loadable. */
function removeOrphans(expected) {
  const dist = join(ROOT, outDir);
  if (!existsSync(dist)) return;
  for (const file of filesUnder(dist)) {
    const output = file.endsWith('.js.map') ? file.slice(0, -'.map'.length) : file;
    if (!expected.has(output)) rmSync(file);
  }
}

function mtimeOf(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function relativeToRoot(file) {
  return relative(ROOT, file).split(sep).join('/');
}

function partition(items, test) {
  return [items.filter(test), items.filter((item) => !test(item))];
}

function run(command, args) {
  const { status } = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
