import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const TEST_ID_MESSAGE = 'Find it by role, label or text (getByRole, getByLabel, getByText), not by data-testid.';

export default tseslint.config(
  { ignores: ['node_modules', 'client/dist', 'sync-server/dist', 'coverage', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Prettier wraps code at 120 but not strings, regexes or comments; past 140 a line no longer fits a side-by-side diff.
    rules: { 'max-len': ['error', { code: 140, ignoreUrls: true }] },
  },
  {
    // Two modules that import each other leave one half-initialised at load time; shared pieces get their own module.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Browser tests find elements by role, label and text, as a person and a screen reader do, so they guard accessibility too.
    files: ['client/e2e/**', 'scripts/bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='getByTestId']", message: TEST_ID_MESSAGE },
        { selector: 'Literal[value=/data-testid/]', message: TEST_ID_MESSAGE },
        { selector: 'TemplateElement[value.raw=/data-testid/]', message: TEST_ID_MESSAGE },
      ],
    },
  },
  {
    // CLIs and the server's startup talk to the operator on stdout.
    files: ['scripts/**', 'sync-server/src/main.ts', 'sync-server/src/log.ts', 'sync-server/src/ops/*-cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
