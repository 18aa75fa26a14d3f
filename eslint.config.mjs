import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '.cache/**', '.nx/**', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Libraries are imported by their alias, never by a relative path into another lib.
      'no-restricted-imports': [
        'error',
        { patterns: ['../../libs/*', '../../../libs/*', '**/libs/*/src/*'] },
      ],
    },
  },
);
