import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

const port = Number(process.env.SWITCHYARD_E2E_PORT ?? 4173);
const preview = `npx vite preview --port ${port} --strictPort`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    // The suite runs against the production build; build it first when it is missing.
    command: existsSync('dist/index.html') ? preview : `npx vite build && ${preview}`,
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
