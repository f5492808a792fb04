// One jest run, five projects: pure units, UI components (owned by tests/setup/ui-project.js),
// integration against a real database through the HTTP host, the WeChat-only paths against fakes of
// `wx` (weapp), and e2e in Chromium.
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
    {
      // WeChat-only code paths against faithful fakes of `wx` (tests/fakes/wx), built as for weapp.
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j)sx?$': 'babel-jest' },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts?(x)'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/tests/fakes/wx/index.ts',
        '^@tarojs/components$': '<rootDir>/tests/setup/weapp-components.tsx',
        '\\.(css|scss|sass|less)$': '<rootDir>/tests/setup/style-stub.js',
      },
      setupFiles: ['<rootDir>/tests/setup/weapp-env.js'],
    },
    { ...node, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/tests/setup/long-timeout.ts'] },
  ],
};
