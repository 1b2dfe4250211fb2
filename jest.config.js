/** Unit specs run everywhere; integration and end-to-end suites need the real servers that scripts/test.sh starts. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' }, module: { type: 'commonjs' } }];
const moduleNameMapper = {
  '^@pb/(common|domain|storage|event-store|messaging|projections|contracts|platform)$': '<rootDir>/libs/$1/src',
};
// content-disposition 3 (under @fastify/static) is ESM only: Node 20 requires it natively, jest needs it compiled.
const common = {
  transform: { '^.+\\.ts$': swc, '/node_modules/content-disposition/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
};

const SERVER_TIMEOUT = '<rootDir>/test/support/server-timeout.ts';

module.exports = {
  testSequencer: '<rootDir>/test/support/sequencer.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'], setupFilesAfterEnv: [SERVER_TIMEOUT] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], setupFilesAfterEnv: [SERVER_TIMEOUT] },
  ],
};
