import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // The CLI tests run the built command: build it first if the sources are newer. The store
    // suites run on SQLite and on a private PostgreSQL cluster started here (stopped at the end).
    globalSetup: ['tests/helpers/build-cli.setup.ts', 'tests/helpers/postgres.setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
