/**
 * The dependency rules of the monorepo, checked by `npm run lint`.
 * test/fixtures/dependency-rules holds one tree that breaks each rule; its spec shows they bite.
 */

/** Libraries, lowest first: a library imports only from the groups before its own. */
const LAYERS = [
  ['common'],
  ['domain'],
  ['contracts'],
  ['storage'],
  ['event-store'],
  ['messaging', 'projections'],
  ['platform'],
];

/** Tests, test helpers and contract suites: none of them ships. */
const TEST_CODE = '\\.(spec|int-spec|e2e-spec|testing|contract)\\.ts$|^test/';

/** Resolved paths of an npm package, whether node_modules is a folder or a symlink to one elsewhere. */
const npmPackage = (...names) => `(^|/)node_modules/(@types/)?(${names.join('|')})/`;

const libs = (names) => `^libs/(${names.join('|')})/`;

/**
 * Each library may not import the libraries above it, its sibling in the same group, nor an app.
 * The domain is left out: `domain-is-pure` already forbids it every import but its own files.
 */
const layerRules = LAYERS.flatMap((group, rank) =>
  group
    .filter((lib) => lib !== 'domain')
    .map((lib) => {
      const below = LAYERS.slice(0, rank).flat();
      const above = [...group.filter((other) => other !== lib), ...LAYERS.slice(rank + 1).flat()];
      return {
        name: `layer-${lib}`,
        severity: 'error',
        comment: below.length
          ? `libs/${lib} imports only the libraries below it (${below.join(', ')}), never an app.`
          : `libs/${lib} imports no other library and no app.`,
        from: { path: libs([lib]), pathNot: TEST_CODE },
        to: { path: above.length ? `${libs(above)}|^apps/` : '^apps/' },
      };
    }),
);

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'libs/domain is pure TypeScript: it imports only its own files (no npm package, no node module, no other library).',
      from: { path: '^libs/domain/' },
      to: { pathNot: '^libs/domain/' },
    },
    ...layerRules,
    {
      name: 'apps-are-apart',
      severity: 'error',
      comment: 'An app never imports another app; what two apps share lives in a library.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles: a cycle makes load order matter and hides which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kafka-in-messaging',
      severity: 'error',
      comment:
        'Only libs/messaging talks to Kafka (tests and benchmarks may drive the broker directly).',
      from: { pathNot: '^(libs/messaging|test|bench)/' },
      to: { path: npmPackage('kafkajs') },
    },
    {
      name: 'databases-in-storage-layers',
      severity: 'error',
      comment:
        'Only libs/storage, libs/event-store, libs/projections and libs/platform open MongoDB or SQLite (tests and benchmarks may too).',
      from: { pathNot: '^(libs/(storage|event-store|projections|platform)|test|bench)/' },
      to: { path: npmPackage('mongodb', 'better-sqlite3') },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment:
        'Production code never imports a spec, a test helper, a contract suite or anything under test/.',
      from: { path: '^(apps|libs)/', pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type from another layer couples the code as much as a value does.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // node_modules may be a symlink (a worktree sharing one install): name packages by node_modules/<name>.
    preserveSymlinks: true,
    exclude: { path: '^(dist|coverage|data|\\.cache|test/fixtures)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
  },
};
