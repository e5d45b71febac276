/**
 * Serve a production build with scripts/serve.mjs (gzip, as a static host
 * would) and resolve once it answers; used by the bench, reader-measure and
 * the screenshot script.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export async function serveBuild(dir: string, port: number, base: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--quiet', '--dir', dir, '--port', String(port), '--base', base], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${base}`);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error('serve.mjs exited');
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('serve.mjs did not start');
}
