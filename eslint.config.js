import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserApis = {
  paths: [
    { name: 'webextension-polyfill', message: 'src/core is pure: no browser-extension APIs.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'scratch/**', '.ci-out/**', 'e2e-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The extraction core runs in pages, extension pages and Node alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', browserApis],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'src/core is pure: no browser-extension APIs.' },
        { name: 'browser', message: 'src/core is pure: no browser-extension APIs.' },
        { name: 'location', message: 'Pass the URL in; src/core does not read globals.' },
        { name: 'localStorage', message: 'src/core does not touch storage.' },
        { name: 'fetch', message: 'src/core makes no network requests.' },
      ],
      // Live collections iterated step by step are quadratic in jsdom (the CLI, tests, bench):
      // each step is a named-property lookup over the whole list. Index them (dom/find-elements).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ForOfStatement > CallExpression.right[callee.property.name=/^getElementsBy(TagName|ClassName)$/]',
          message:
            'Use byTag() from src/core/dom/find-elements.ts: for...of over a live HTMLCollection is quadratic in jsdom.',
        },
        {
          selector:
            "CallExpression[callee.object.name='Array'][callee.property.name='from'] > CallExpression.arguments[callee.property.name=/^getElementsBy(TagName|ClassName)$/]",
          message:
            'Use byTag() from src/core/dom/find-elements.ts: Array.from over a live HTMLCollection is quadratic in jsdom.',
        },
      ],
    },
  },
  {
    // Only src/shared/platform.ts may import the polyfill.
    files: ['src/**/*.ts'],
    ignores: ['src/shared/platform.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...browserApis,
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import browser APIs from src/shared/platform.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Code passed to page.evaluate runs inside the browser, where the extension API is untyped.
    files: ['tests/e2e/**/*.ts', 'tests/build/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
