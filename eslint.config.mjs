// ESLint flat config: the recommended JavaScript and TypeScript rules, without
// type information so that `npm run lint` stays fast on a small machine.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
};

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'data/', 'coverage/']),
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: nodeGlobals },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Every switch over a union ends in a `never` check instead (architecture.md, style 3).
      'default-case-last': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Service and library code logs through Nest's Logger (pino underneath), never the console.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
]);
