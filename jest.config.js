// Jest runs TypeScript through SWC with the same .swcrc as the build, and also
// transforms the packages that ship ES modules only: NestJS 12 (see docs/toolchain),
// jose, and content-disposition (under @fastify/static, which Swagger UI loads on
// Fastify). Node 20 requires such modules natively; Jest's module registry does not.
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = __dirname;

const transform = { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcrc, swcrc: false }] };
const moduleNameMapper = {
  '^@register/(database|domain|event-store|projections|verifiable-log)$': '<rootDir>/libs/$1/src/index.ts',
  // Test entry points: what only tests use (the oracle, test databases) lives beside the library, not in it.
  '^@register/projections/testing$': '<rootDir>/libs/projections/src/testing/index.ts',
};
const common = {
  transform,
  moduleNameMapper,
  // Ignore what lies under node_modules unless one of those packages is in the path (also nested, as content-disposition is).
  transformIgnorePatterns: ['^(?!.*/node_modules/(@nestjs|jose|content-disposition|openid-client|oauth4webapi)/).*/node_modules/'],
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/postgres.global-setup.ts',
      globalTeardown: '<rootDir>/test/support/postgres.global-teardown.ts',
    },
    {
      // Real Chromium against the built service (test/web): one service and one browser for the whole project.
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/web/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/web/support/browser-timeout.ts'],
      globalSetup: '<rootDir>/test/web/support/browser-suite.global-setup.ts',
      globalTeardown: '<rootDir>/test/web/support/browser-suite.global-teardown.ts',
    },
  ],
};
