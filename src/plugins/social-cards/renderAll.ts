/**
 * Renders many link-preview cards: one worker thread per core (a card costs
 * about 35 ms, mostly satori's text layout, and there are 1,400 of them), and
 * a cache keyed by the card's text and the renderer's source, so a rebuild
 * renders only the cards whose text changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {renderCard, type CardText} from './card';

export type CardJob = {file: string; text: CardText};

/** Below this many cards, starting workers costs more than it saves. */
const IN_PROCESS = 16;

/** What a card's pixels depend on besides its text: our renderer and the packages that draw it (layout, rasteriser, font). */
const rendererSource = () =>
  [
    ...['card.ts', 'cardWorker.cjs'].map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8')),
    ...['satori', '@resvg/resvg-js', '@fontsource/inter'].map(
      (p) => `${p}@${(JSON.parse(fs.readFileSync(require.resolve(`${p}/package.json`), 'utf8')) as {version: string}).version}`,
    ),
  ].join('\n');

async function renderInWorkers(texts: CardText[], workers: number): Promise<Buffer[]> {
  const out: Buffer[] = new Array(texts.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= texts.length) return resolve();
        const id = next++;
        worker.postMessage({id, text: texts[id]});
      };
      worker.on('message', (m: {id: number; png?: Uint8Array; error?: string}) => {
        if (m.error || !m.png) return reject(new Error(`social card ${m.id}: ${m.error}`));
        out[m.id] = Buffer.from(m.png);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const pool = Array.from({length: workers}, () => new Worker(path.join(__dirname, 'cardWorker.cjs')));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}

/** Write each job's PNG to `file`, from the cache in `cacheDir` when its text was rendered before; `cached` also counts jobs whose text another job of this call rendered. */
export async function renderAll(jobs: CardJob[], cacheDir: string): Promise<{rendered: number; cached: number}> {
  fs.mkdirSync(cacheDir, {recursive: true});
  const version = crypto.createHash('sha256').update(rendererSource()).digest('hex');
  const keyed = jobs.map((j) => ({
    ...j,
    cached: path.join(cacheDir, `${crypto.createHash('sha256').update(version).update(JSON.stringify(j.text)).digest('hex').slice(0, 32)}.png`),
  }));
  const todo = [...new Map(keyed.filter((j) => !fs.existsSync(j.cached)).map((j) => [j.cached, j])).values()];
  const workers = Math.min(os.availableParallelism(), 4);
  const pngs =
    todo.length < IN_PROCESS || workers < 2
      ? await Promise.all(todo.map((j) => renderCard(j.text)))
      : await renderInWorkers(
          todo.map((j) => j.text),
          workers,
        );
  todo.forEach((j, i) => fs.writeFileSync(j.cached, pngs[i]!));
  for (const j of keyed) {
    fs.mkdirSync(path.dirname(j.file), {recursive: true});
    fs.copyFileSync(j.cached, j.file);
  }
  return {rendered: todo.length, cached: keyed.length - todo.length};
}
