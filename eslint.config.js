// Type-aware lint: the mistakes the compiler lets through and a reviewer easily misses.
// A promise nobody awaits loses its error (and, inside a use case, its transaction); a promise
// passed where a callback's result is ignored does the same; a switch over a union that
// forgets a member silently does nothing for it. Each file is checked with the tsconfig
// nearest to it (the service, the web pages, the client package).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'web/dist/**', 'clients/typescript/dist/**', '.ci/**', 'bench/results/**', '.recourse/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
