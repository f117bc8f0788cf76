import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\.spec\.ts$/,
      use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(), viewport: { width: 1440, height: 900 }, locale: 'en-GB' },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
});
