/**
 * Runs checks in stages (used by `npm test`, scripts/test.ts): the checks of a
 * stage run side by side, the stages one after another, and the first failure
 * stops the run. A stage of several checks holds each one's output and prints
 * it whole when that check ends, so logs do not interleave; a stage of one
 * check streams it.
 */
import {spawn, type ChildProcess} from 'node:child_process';

export type Check = {name: string; command: string; args: string[]};

const running = new Set<ChildProcess>();
const stopped = new Set<ChildProcess>();

/** Stop every check still running, and everything it started (each has its own process group). */
export function stopAll(): void {
  for (const child of running) {
    stopped.add(child);
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

/** Seconds since `since` (a Date.now() value), one decimal. */
export const seconds = (since: number): string => ((Date.now() - since) / 1000).toFixed(1);

/** Run one check; resolves to whether it passed (a check stopped because another failed counts as passed). */
function run(check: Check, capture: boolean, write: (s: string | Buffer) => void): Promise<boolean> {
  const started = Date.now();
  const child = spawn(check.command, check.args, {stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true});
  running.add(child);
  const output: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d));
  child.stderr?.on('data', (d: Buffer) => output.push(d));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      if (stopped.has(child)) return resolve(true);
      if (capture) write(Buffer.concat(output));
      const ok = code === 0;
      write(`\n${ok ? '✓' : '✗'} ${check.name}: ${ok ? 'passed' : `failed (exit ${code ?? signal})`} in ${seconds(started)} s\n\n`);
      resolve(ok);
    });
  });
}

/** Run the stages in order; resolves to whether every check passed. */
export async function runStages(stages: Check[][], write: (s: string | Buffer) => void = (s) => process.stdout.write(s)): Promise<boolean> {
  for (const stage of stages) {
    const results = await Promise.all(
      stage.map((check) =>
        run(check, stage.length > 1, write).then((ok) => {
          if (!ok) stopAll();
          return ok;
        }),
      ),
    );
    if (!results.every(Boolean)) return false;
  }
  return true;
}
