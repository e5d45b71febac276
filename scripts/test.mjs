#!/usr/bin/env node
/**
 * `npm test`: every check, in three stages; the first failure stops the run.
 *
 * 1. side by side: the type check, the lint (ESLint, Prettier, spelling), the unit tests and
 *    the production build. None reads what another writes, and together they keep both cores
 *    busy: 85 s against 110 s one after the other on this 2-core machine (2026-12-03).
 *    Their output is printed whole as each one ends, so logs do not interleave.
 * 2. the checks over the built files (`npm run test:built`);
 * 3. the Playwright suite against that build (`npm run test:e2e`).
 *
 * Each stage is an npm script of package.json, so any one can be run alone.
 */
import {spawn} from 'node:child_process';

const STAGES = [['typecheck', 'lint', 'test:unit', 'build:test'], ['test:built'], ['test:e2e']];

const running = new Set();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Run `npm run <script>`; with `capture`, hold its output until it ends. Resolves to whether it passed. */
function run(script, capture) {
  const started = Date.now();
  // Its own process group, so a failure elsewhere can stop it and everything it started.
  const child = spawn('npm', ['run', script], {stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true});
  running.add(child);
  const output = [];
  child.stdout?.on('data', (d) => output.push(d));
  child.stderr?.on('data', (d) => output.push(d));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      if (stopped.has(child)) return resolve(true); // stopped because another check failed
      if (capture) process.stdout.write(Buffer.concat(output));
      const ok = code === 0;
      console.log(`\n${ok ? '✓' : '✗'} npm run ${script}: ${ok ? 'passed' : `failed (exit ${code ?? signal})`} in ${seconds(started)} s\n`);
      resolve(ok);
    });
  });
}

const stopped = new Set();
function stopAll() {
  for (const child of running) {
    stopped.add(child);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

const started = Date.now();
for (const stage of STAGES) {
  const results = await Promise.all(
    stage.map((script) =>
      run(script, stage.length > 1).then((ok) => {
        if (!ok) stopAll();
        return ok;
      }),
    ),
  );
  if (!results.every(Boolean)) {
    console.log(`npm test: failed after ${seconds(started)} s`);
    process.exit(1);
  }
}
console.log(`npm test: every check passed in ${seconds(started)} s`);
