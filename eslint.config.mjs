import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The domain decides from its arguments alone, so the same command on the same state always gives
 * the same events. Its imports are checked by .dependency-cruiser.cjs (`domain-is-pure`).
 */
const PURE = 'libs/domain is pure:';
const CLOCK = `${PURE} it reads no clock; the caller passes the time in.`;
const RANDOM = `${PURE} it draws no random values; the caller passes ids in.`;
const OUTSIDE = `${PURE} no network, process, timers or module loading; the caller does that.`;
const OUTSIDE_GLOBALS = [
  'fetch',
  'process',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'require',
  'global',
  'globalThis',
];
const impureInDomain = {
  'no-restricted-globals': [
    'error',
    { name: 'crypto', message: RANDOM },
    { name: 'performance', message: CLOCK },
    ...OUTSIDE_GLOBALS.map((name) => ({ name, message: OUTSIDE })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: CLOCK },
    { object: 'Math', property: 'random', message: RANDOM },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK },
    { selector: "CallExpression[callee.name='Date']", message: CLOCK },
    { selector: 'ImportExpression', message: OUTSIDE },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'data/**', 'coverage/**', 'tools/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', structuredClone: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: impureInDomain,
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.contract.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
