import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Generous per-test limit: a 2-core machine running a build beside the suite makes the
    // social-card render and the CDK synth tests take several seconds; a hang still fails.
    testTimeout: 60_000,
  },
});
