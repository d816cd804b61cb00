/**
 * Architecture rules checked by `npm run lint` (see docs/architecture.md):
 * the domain is pure, libraries never reach into the apps, the event store
 * knows nothing of what is built on it, and nothing imports in a circle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const TEST_FILES = '(\\.(spec|int-spec|e2e-spec)\\.ts$|/testing/)';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'libs/domain holds pure deciders: no framework, ORM, database client or Node API (clock, random, files), ' +
        'not even as types, and no other library or app. Its tests may use test tools.',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: TEST_FILES },
      to: { pathNot: '^libs/domain/' },
    },
    {
      name: 'libs-do-not-import-apps',
      comment: 'Libraries are used by the apps, never the other way round.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'event-store-knows-nothing-above-it',
      comment: 'The event store carries opaque events: it depends on neither the domain nor the projections.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^libs/(domain|projections)/' },
    },
    {
      name: 'database-knows-nothing-above-it',
      comment: 'The database plumbing (connection, SQL dialects, migration runner) serves the libraries above it and knows none of them.',
      severity: 'error',
      from: { path: '^libs/database/' },
      to: { path: '^libs/(domain|event-store|projections)/' },
    },
    {
      name: 'verifiable-log-stands-alone',
      comment:
        'The verifiable log is what an auditor runs on their own machine: it knows nothing of the register ' +
        '(domain, event store, projections), so its verifier can be read on its own.',
      severity: 'error',
      from: { path: '^libs/verifiable-log/' },
      to: { path: '^libs/(database|domain|event-store|projections)/' },
    },
    {
      name: 'verifiable-log-needs-only-node-and-one-zip-library',
      comment:
        'The offline verifier promises auditors it needs nothing beyond Node (crypto, fs) and fflate for the ZIP; ' +
        'another package would be one more thing they must trust.',
      severity: 'error',
      from: { path: '^libs/verifiable-log/', pathNot: TEST_FILES },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer'], pathNot: '^node_modules/fflate/' },
    },
    {
      name: 'service-does-not-import-cli',
      comment: 'The command line builds on the service, not the other way round.',
      severity: 'error',
      from: { path: '^apps/register/' },
      to: { path: '^apps/register-cli/' },
    },
    {
      name: 'production-code-does-not-import-tests',
      comment: 'Tests, test tools (the test oracle of libs/projections/src/testing among them) and benchmarks stay out of what `npm start` runs.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_FILES },
      to: { path: `^(test|bench)/|${TEST_FILES}` },
    },
    {
      name: 'production-code-uses-no-dev-dependencies',
      comment: 'A devDependency is missing where the service is installed with --omit=dev.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_FILES },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-undeclared-packages',
      comment: 'A package used but not in package.json only works while something else happens to install it.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing fails at run time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and hides a missing seam.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
