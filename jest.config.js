// Jest runs TypeScript through SWC with the same .swcrc as the build, and also
// transforms @nestjs packages: NestJS 12 ships ES modules only (see docs/toolchain).
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = __dirname;

const transform = { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcrc, swcrc: false }] };
const moduleNameMapper = {
  '^@register/(domain|event-store|projections)$': '<rootDir>/libs/$1/src/index.ts',
};
const common = {
  transform,
  moduleNameMapper,
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
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
  ],
};
