// ESLint: JavaScript's and typescript-eslint's recommended rules, Svelte's for components. Formatting is Prettier's job.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'bench/tmp/', 'public/', 'screenshots/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Our Maps and Sets are built inside one derived computation and never changed after it returns: a
      // SvelteMap/SvelteSet would track reads for nothing.
      'svelte/prefer-svelte-reactivity': 'off',
      // A string in braces is how a leading or trailing space survives Prettier's reflow of inline text.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
    // TypeScript already knows every name (DOM types such as ParentNode included); typescript-eslint advises this.
    rules: { 'no-undef': 'off' },
  },
);
