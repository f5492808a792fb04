// Placeholder until the UI project is configured; see tests/setup/README.
module.exports = {
  displayName: 'ui',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
  rootDir: require('path').resolve(__dirname, '../..'),
};
