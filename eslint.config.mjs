// Lint of the TypeScript and scripts (the Vue site is checked by `nuxt typecheck`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import mmso from './scripts/lint/plugin-boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nuxt/**',
      '**/.output/**',
      '.tmp/**',
      '.strapi/**',
      'types/generated/**',
      'public/**',
      'frontend/**/*.vue',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs', '**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // a plugin imports only its own files, cms/ and the platform's kit (src/plugins/README.md)
    files: ['src/plugins/**/*.ts', 'src/plugins/**/*.tsx', 'src/plugins/**/*.js', 'src/plugins/**/*.mjs'],
    plugins: { mmso },
    rules: { 'mmso/plugin-boundaries': 'error' },
  },
);
