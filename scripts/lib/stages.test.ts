import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runStages, type Check} from './stages';

/** A check that is a short Node script. */
const node = (name: string, code: string): Check => ({name, command: process.execPath, args: ['-e', code]});

async function collect(stages: Check[][]): Promise<{ok: boolean; log: string}> {
  const parts: string[] = [];
  const ok = await runStages(stages, (s) => parts.push(String(s)));
  return {ok, log: parts.join('')};
}

describe('runStages', () => {
  it('passes when every check passes, running the stages in order', async () => {
    const {ok, log} = await collect([[node('a', 'console.log("out a")'), node('b', 'console.log("out b")')], [node('c', 'console.log("out c")')]]);
    expect(ok).toBe(true);
    expect(log).toContain('out a');
    expect(log).toMatch(/✓ a: passed in [\d.]+ s/);
    expect(log).toMatch(/✓ c: passed/);
    // A one-check stage streams to the terminal (not through the log); it ran after stage 1 ended.
    expect(log.indexOf('✓ c')).toBeGreaterThan(log.indexOf('✓ b'));
  });

  it('prints a side-by-side check’s output whole, not interleaved with its neighbour’s', async () => {
    const chatty = (n: string) => node(n, `(async()=>{for(let i=0;i<5;i++){console.log("${n}"+i);await new Promise(r=>setTimeout(r,20))}})()`);
    const {log} = await collect([[chatty('x'), chatty('y')]]);
    for (const n of ['x', 'y']) {
      const lines = log.split('\n').filter((l) => /^[xy]\d$/.test(l));
      const mine = lines.map((l, i) => (l.startsWith(n) ? i : -1)).filter((i) => i >= 0);
      expect(mine, `${n}'s lines are one block`).toEqual(Array.from({length: 5}, (_, k) => mine[0]! + k));
    }
  });

  it('stops the checks still running and the later stages at the first failure', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stages-')), 'slow-finished');
    const started = Date.now();
    const {ok, log} = await collect([
      [
        node('fails', 'console.error("boom"); process.exit(3)'),
        node('slow', `setTimeout(()=>require("fs").writeFileSync(${JSON.stringify(marker)},"x"),2000)`),
      ],
      [node('later', 'console.log("should not run")')],
    ]);
    expect(ok).toBe(false);
    expect(log).toContain('boom');
    expect(log).toMatch(/✗ fails: failed \(exit 3\)/);
    expect(log).not.toContain('slow: passed');
    expect(log).not.toContain('should not run');
    expect(Date.now() - started).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 2500 - (Date.now() - started)));
    expect(fs.existsSync(marker), 'the slow check was killed before it finished').toBe(false);
  });
});
