import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {pngSize} from '../../../scripts/lib/socialMeta';
import {renderCard} from './card';
import {renderAll} from './renderAll';

const logoSvg = fs.readFileSync(path.resolve(__dirname, '../../../static/img/logo.svg'), 'utf8');
const text = (i: number) => ({
  title: `m${i}.large network limits`,
  description: `m${i}.large: 1 network card.`,
  siteTitle: 'EC2 Network Interfaces',
  location: 'example.org',
  logoSvg,
});

describe('renderAll', () => {
  it('renders many cards in worker threads, the same as in process, and reuses the cache', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
    // Enough cards for the worker pool; two pages with the same text share one rendering.
    const jobs = Array.from({length: 20}, (_, i) => ({file: path.join(dir, 'out', `${i}.png`), text: text(Math.min(i, 18))}));
    expect(await renderAll(jobs, path.join(dir, 'cache'))).toEqual({rendered: 19, cached: 1});
    for (const j of jobs) expect(pngSize(fs.readFileSync(j.file))).toEqual({width: 1200, height: 630});
    expect(fs.readFileSync(jobs[3]!.file).equals(await renderCard(text(3)))).toBe(true);
    expect(fs.readFileSync(jobs[3]!.file).equals(fs.readFileSync(jobs[4]!.file))).toBe(false);
    expect(await renderAll(jobs, path.join(dir, 'cache'))).toEqual({rendered: 0, cached: 20});
    fs.rmSync(dir, {recursive: true});
  }, 60_000);
});
