// ESM mode: NestJS 12 ships as ESM only, so Jest runs with --experimental-vm-modules
// and ts-jest's default-esm preset. Type checking is `npm run typecheck`; here ts-jest only transpiles.
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

export default {
  // a global option (Jest ignores it inside projects); e2e suites start apps and wait for queues
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
    // run by `npm test` after the others (test/support/run-tests.mjs): it reads what the e2e suites answered
    { ...common, displayName: 'openapi', testMatch: ['<rootDir>/test/openapi/**/*.check.ts'] },
  ],
};
