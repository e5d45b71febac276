import os from 'node:os';
import {defineConfig} from 'vitest/config';

/**
 * Two projects:
 * - `unit`: pure logic, data schemas and content checks; needs no build
 *   (`npm run test:unit`).
 * - `built`: checks over the files of the production build in BUILD_DIR
 *   (default build/), run after `npm run build` (`npm run test:built`).
 */
export default defineConfig({
  test: {
    environment: 'node',
    // Generous per-test limit: a 2-core machine running a build beside the suite makes the
    // social-card render and the CDK synth tests take several seconds; a hang still fails.
    testTimeout: 60_000,
    // One test file per core. Vitest's default keeps a core free, which on a 2-core machine ran
    // the unit files one at a time: 42 s against 28 s for `npm run test:unit` (2026-12-03).
    maxWorkers: os.availableParallelism(),
    projects: [
      {extends: true, test: {name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts']}},
      {extends: true, test: {name: 'built', include: ['tests/built/**/*.test.ts']}},
    ],
  },
});
