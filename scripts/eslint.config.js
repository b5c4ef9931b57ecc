// @ts-check
/**
 * ESLint for the whole repo (run as `eslint --config scripts/eslint.config.js`, see package.json):
 * JavaScript's recommended rules, typescript-eslint (with type information for src/lib/),
 * and eslint-plugin-astro for components and pages. Formatting is Prettier's job, not ESLint's.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig(
  {
    // Built output, generated files and editors' content are not code we lint.
    ignores: [
      'dist/**',
      'node_modules/**',
      '.astro/**',
      '.bench/**',
      'content/**',
      'public/**',
      'bench-results/**',
      'test/fixtures/**',
      'test-results/**',
      'coverage/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // Type-aware rules (floating promises, unsafe any) where the logic lives; building the
    // TypeScript program costs ~30 s of CPU, so components and tests rely on `astro check`.
    files: ['src/lib/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
  },
  {
    // Node scripts; browser globals too, for the callbacks they hand to Playwright's page.evaluate.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // A reference names its collection for the field reference and the web editor only through
    // referenceTo (src/schemas/fields.ts); Astro's own reference() keeps it to itself.
    files: ['src/schemas/**/*.ts'],
    ignores: ['src/schemas/fields.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['reference'],
              message:
                'Use referenceTo from ./fields, so the field reference can name the collection.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
);
