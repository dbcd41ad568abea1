// ESLint flat config: `npm run lint` runs it before Prettier's check.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    // Build output, caches, dependencies, and files we do not write by hand:
    // the CSL styles are upstream XML and the fixtures are exact test input.
    ignores: [
      'dist/',
      '.astro/',
      '.builds/',
      'node_modules/',
      'bench-results/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'src/citation-styles/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Node: the build's config and integrations, scripts, tests, and the
    // src/lib modules the pages run at build time.
    files: ['**/*.{ts,js,mjs}'],
    ignores: ['src/client/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The browser: client scripts (bundled by Astro from src/client/) and
    // the <script> blocks of .astro components.
    files: ['src/client/**/*.ts', '**/*.astro', '**/*.astro/*.{js,ts}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The offline service worker runs in a ServiceWorkerGlobalScope.
    files: ['src/client/service-worker.js'],
    languageOptions: { globals: globals.serviceworker },
  },
);
