import { existsSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');

/**
 * The compiled entry point of an app, as `npm start` runs it. These tests
 * exercise the build on purpose (signals, exit codes, stdout), so they need it.
 */
export function builtEntry(app: 'register' | 'register-cli'): string {
  const entry = join(REPO_ROOT, 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} does not exist: run \`npm run build\` first (\`npm test\` does it for you)`);
  }
  return entry;
}
