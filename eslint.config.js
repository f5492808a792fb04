// Flat config: typescript-eslint's recommended rules for all TypeScript, React hooks rules for the app,
// Node globals for scripts and config. `any` is an error: types come from types/.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');
const path = require('node:path');
const fs = require('node:fs');
const importPlugin = require('eslint-plugin-import');
const checkFile = require('eslint-plugin-check-file');

// Issue 12 (stored XSS on H5): the Taro APIs that draw text on H5 outside React, and what to use instead.
const TARO_TEXT_APIS = ['setNavigationBarTitle', 'showModal', 'showToast', 'showLoading', 'showActionSheet'];
const TEXT_APIS_MESSAGE = 'Use setPageTitle (src/utils/title.ts) or toast/showError/notice/confirmAction (src/utils/feedback.ts): on H5 Taro draws these itself, and its title bar writes innerHTML.';
const MARKUP_MESSAGE = 'Markup from a string can run script on H5 (stored XSS): render text with React components instead.';

// Issue 15: the dependency rule, written as import zones (bulletproof-react's pattern). A feature may use another
// feature only through that feature's index.ts, its public face; everything else a feature holds is its own.
// The app never imports cloud code, types/ imports neither side, stores and shared components sit below features,
// and the cloud's core sits below the functions and the host that wire it.
const here = (...parts) => path.join(__dirname, ...parts);
const FEATURES = fs.readdirSync(here('src/features'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const TYPES_FROM_CLOUD = {
  target: './types',
  from: './cloud',
  message: 'types/ is shared by the app and the cloud: it may import only types/ and libraries.',
};
const ZONES = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: here(`src/features/!(${feature})/**`),
    except: [here('src/features/*/index.ts')],
    message: 'Use another feature through its index.ts (add what you need there), or lift the shared piece to src/components, src/hooks or src/utils.',
  })),
  { target: './src', from: './cloud', message: 'The app talks to the cloud through src/api; shared rules and types live in types/.' },
  { target: './types', from: './src', message: 'types/ is shared by the app and the cloud: it may import only types/ and libraries.' },
  TYPES_FROM_CLOUD,
  { target: './src/stores', from: ['./src/features', './src/pages', './src/seller'], message: 'Stores sit below features: move what both need to types/ or the store.' },
  {
    target: ['./src/components', './src/hooks', './src/utils', './src/api'],
    from: ['./src/features', './src/pages', './src/seller'],
    message: 'Shared components, hooks and utilities sit below features and pages.',
  },
  { target: './cloud/core', from: ['./cloud/functions', './cloud/host'], message: 'cloud/core sits below the functions and the host that wire it: pass what it needs in (runtime/ports.ts).' },
];

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
    // Zones above, and no import cycle. The rule skips `import type` (erased at build time); tests/unit/import-cycles.test.ts
    // walks type imports too, since a cycle of types still ties two modules together.
    files: ['{src,cloud,types}/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/resolver': { typescript: { project: here('tsconfig.json') }, node: true },
    },
    rules: {
      // A package never imports our code back: walk only our own files.
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': ['error', { zones: ZONES }],
    },
  },
  {
    // The client's contract is derived from the cloud's function tables: types only, so the app still gets no cloud code.
    files: ['types/functions.ts'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: ZONES.filter((zone) => zone !== TYPES_FROM_CLOUD) }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/cloud/**'], allowTypeImports: true, message: TYPES_FROM_CLOUD.message }] }],
    },
  },
  {
    // UI text is zh-CN and lives in types/zh-CN: no Chinese in a string of code elsewhere (comments are fine; tests,
    // bench and scripts keep theirs in fixtures and messages). The core no-restricted-syntax rule is registered again
    // under its own name so these selectors add to the markup ones above instead of replacing them. Exempt: page
    // configs (src/**/*.config.ts: Taro reads them at build time into each page's JSON) and the demo shop's seed
    // content (data, like a fixture).
    files: ['{src,cloud,types}/**/*.{ts,tsx}'],
    ignores: [
      'types/zh-CN/**',
      'src/**/*.config.ts',
      'cloud/core/demo/content.ts',
    ],
    plugins: { 'zh-cn': { rules: { 'no-literal-text': require('eslint/use-at-your-own-risk').builtinRules.get('no-restricted-syntax') } } },
    rules: {
      'zh-cn/no-literal-text': [
        'error',
        ...['Literal[value=/[\\u4e00-\\u9fff]/]', 'TemplateElement[value.raw=/[\\u4e00-\\u9fff]/]', 'JSXText[value=/[\\u4e00-\\u9fff]/]'].map((selector) => ({
          selector,
          message: 'UI text lives in types/zh-CN (add it to the file of its topic and import it).',
        })),
      ],
    },
  },
  {
    // Issue 15: one file-name convention, kebab-case (bulletproof-react's), for the app, the cloud and types/. Exempt
    // by omission: cloud/functions/<name>/ (each folder is a deployed cloud function's name, e.g. payCallback, which
    // WeChat Pay's notices and the console address) and types/zh-CN (a locale tag); tests/fakes/wx files are named
    // after the WeChat API they fake.
    files: ['{src,cloud,types}/**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'cloud/{core,db,host}/**/': 'KEBAB_CASE', 'types/rules/**/': 'KEBAB_CASE' }],
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
