// Flat config: typescript-eslint's recommended rules for all TypeScript, React hooks rules for the app,
// Node globals for scripts and config. `any` is an error: types come from types/.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

// Issue 12 (stored XSS on H5): the Taro APIs that draw text on H5 outside React, and what to use instead.
const TARO_TEXT_APIS = ['setNavigationBarTitle', 'showModal', 'showToast', 'showLoading', 'showActionSheet'];
const TEXT_APIS_MESSAGE = 'Use setPageTitle (src/utils/title.ts) or toast/showError/notice/confirmAction (src/utils/feedback.ts): on H5 Taro draws these itself, and its title bar writes innerHTML.';
const MARKUP_MESSAGE = 'Markup from a string can run script on H5 (stored XSS): render text with React components instead.';

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.tmp/', 'coverage/', 'tests/e2e/__screenshots__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Text reaches what Taro's H5 runtime draws itself (title bar, toasts, modals, action sheets) only through
    // src/utils/title.ts and src/utils/feedback.ts, which keep it text: Taro's H5 title bar writes innerHTML.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/utils/title.ts', 'src/utils/feedback.ts'],
    rules: {
      'no-restricted-properties': ['error', ...TARO_TEXT_APIS.map((property) => ({ object: 'Taro', property, message: TEXT_APIS_MESSAGE }))],
      'no-restricted-imports': ['error', { paths: [{ name: '@tarojs/taro', importNames: TARO_TEXT_APIS, message: TEXT_APIS_MESSAGE }] }],
    },
  },
  {
    // No markup from strings anywhere in the app: React and the wrappers above render text.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `VariableDeclarator[init.name='Taro'] Property[key.name=/^(${TARO_TEXT_APIS.join('|')})$/]`, message: TEXT_APIS_MESSAGE },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: MARKUP_MESSAGE },
        { selector: "JSXOpeningElement[name.name='RichText']", message: MARKUP_MESSAGE },
        { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: MARKUP_MESSAGE },
        { selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]', message: MARKUP_MESSAGE },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: MARKUP_MESSAGE },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
