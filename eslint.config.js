import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    // CLIs and the server's startup talk to the operator on stdout.
    files: ['scripts/**', 'sync-server/src/main.ts', 'sync-server/src/log.ts'],
    rules: { 'no-console': 'off' },
  },
);
