// The jest "ui" project: app components and pages rendered in jsdom with Taro's own H5 runtime,
// the way the H5 build runs them (see ../../shared/TOOLCHAIN.md, "A second, fuller probe").
const path = require('path');

const rootDir = path.resolve(__dirname, '../..');

// ESM packages inside node_modules that must go through babel (Taro's H5 runtime and components
// ship ES modules, as do a few of their dependencies). Anchored at <rootDir>/node_modules/ so
// that nested node_modules folders are judged by the same list.
const esmPackages = [
  '@tarojs',
  '@stencil',
  'tslib',
  'swiper',
  'ssr-window',
  'dom7',
  'lodash-es',
  'nanoid',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'mobile-detect',
  'history',
  'zustand',
  'classnames',
  'resolve-pathname',
  'value-equal',
  '.pnpm',
];

module.exports = {
  displayName: 'ui',
  rootDir,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/ui/**/*.test.ts?(x)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': 'babel-jest' },
  transformIgnorePatterns: [`<rootDir>/node_modules/(?!(${esmPackages.map((p) => p.replace(/[.]/g, '\\.')).join('|')})/)`],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/tests/setup/taro-h5.js',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/setup/style-stub.js',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/tests/setup/file-stub.js',
  },
  setupFiles: ['<rootDir>/tests/setup/ui-globals.js'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/ui-after-env.ts'],
};
