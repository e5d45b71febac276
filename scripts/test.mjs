#!/usr/bin/env node
/**
 * `npm test`: every check, in stages; the scripts within a stage run side by
 * side (the type check and ESLint are single-threaded; the unit tests and the
 * build overlap), and a stage starts only when the one before it passed.
 *
 *   1. typecheck | lint
 *   2. test:unit | build:test
 *   3. test:built
 *   4. test:e2e
 *
 * A script alone in its stage prints as it goes; side by side, each script's
 * output is printed as one block when it ends. Every script ends with a line
 * giving its name, exit status and time. To filter, run a single script
 * (`npm run test:e2e -- …`).
 */
import {spawn} from 'node:child_process';

const STAGES = [['typecheck', 'lint'], ['test:unit', 'build:test'], ['test:built'], ['test:e2e']];

/** Run `npm run <name>` (its output live, or collected when `alone` is false); resolves with its exit code. */
function run(name, alone) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], {stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe']});
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(chunks));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`===== ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s =====\n\n`);
      resolve(code ?? 1);
    });
  });
}

const started = Date.now();
for (const stage of STAGES) {
  const codes = await Promise.all(stage.map((name) => run(name, stage.length === 1)));
  if (codes.some((c) => c !== 0)) {
    process.stdout.write(`\nnpm test: failed in stage "${stage.join(' | ')}" after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.exit(1);
  }
}
process.stdout.write(`\nnpm test: all passed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
