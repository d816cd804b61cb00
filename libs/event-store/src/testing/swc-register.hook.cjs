'use strict';
/**
 * Lets a plain `node` child process load the repository's TypeScript:
 * `node -r <this file> some.child.ts`. Jest's transform does not reach a child
 * process and no ts-node/tsx is installed, so this compiles each `.ts` file
 * with @swc/core and the repository's own .swcrc (decorators, CommonJS), and
 * resolves the `@register/*` aliases from its `paths`. It finds the repository
 * by walking up to the .swcrc, so the checkout may live anywhere.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

function findRepositoryRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.swcrc'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No .swcrc found above ${start}`);
  }
}

const root = findRepositoryRoot(__dirname);
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
const baseUrl = path.resolve(root, swcrc.jsc.baseUrl ?? '.');
const aliases = new Map(
  Object.entries(swcrc.jsc.paths ?? {}).map(([alias, [target]]) => [alias, path.resolve(baseUrl, target)]),
);
delete swcrc.$schema;
delete swcrc.jsc.paths;
delete swcrc.jsc.baseUrl;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...swcrc, swcrc: false, configFile: false, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};
