// One jest run, four projects: pure units, UI components (owned by tests/setup/ui-project.js),
// integration against a real database through the HTTP host, and e2e in Chromium.
const uiProject = require('./tests/setup/ui-project.js');

const node = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  projects: [
    { ...node, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    uiProject,
    {
      ...node,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/long-timeout.ts'],
    },
    { ...node, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/tests/setup/long-timeout.ts'] },
  ],
};
