/**
 * `npm test`: every check, in three stages (scripts/lib/stages.ts); the first failure stops the run.
 *
 * 1. side by side: the type check, the lint (ESLint, Prettier, spelling), the unit tests and
 *    the production build. None reads what another writes, and together they keep both cores
 *    busy: 85 s against 110 s one after the other on this 2-core machine (2026-12-03).
 * 2. the checks over the built files (`npm run test:built`);
 * 3. the Playwright suite against that build (`npm run test:e2e`).
 *
 * Each check is an npm script of package.json, so any one can be run alone.
 */
import {runStages, seconds, stopAll, type Check} from './lib/stages';

const npm = (script: string): Check => ({name: `npm run ${script}`, command: 'npm', args: ['run', script]});
const STAGES = [['typecheck', 'lint', 'test:unit', 'build:test'], ['test:built'], ['test:e2e']].map((stage) => stage.map(npm));

// The checks run in their own process groups, so a signal to this one does not reach them.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(code);
  });
}

const started = Date.now();
void runStages(STAGES).then((ok) => {
  console.log(ok ? `npm test: every check passed in ${seconds(started)} s` : `npm test: failed after ${seconds(started)} s`);
  process.exit(ok ? 0 : 1);
});
