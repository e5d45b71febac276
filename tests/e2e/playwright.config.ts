import os from 'node:os';
import {defineConfig} from '@playwright/test';
import {BASE_PATH, PORT} from './site';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One browser more than cores: a test waits for the network, a quiet period or a frame part of
  // its time. On 2 cores, 3 workers ran the suite in 233 s against 271 s with 2 (2026-12-03).
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : os.availableParallelism() + 1,
  retries: 0,
  timeout: 60_000,
  expect: {timeout: 10_000},
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs --quiet --dir ${process.env.BUILD_DIR ?? 'build'} --port ${PORT} --base ${BASE_PATH}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
