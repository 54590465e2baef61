const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] };

module.exports = {
  // Integration tests boot a real Strapi; on PostgreSQL/MariaDB that includes creating a database.
  testTimeout: 120000,
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform, testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { displayName: 'integration', testEnvironment: 'node', transform, testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
  ],
};
