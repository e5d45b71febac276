/**
 * /docs/tools/diagnose names, under Sources, every public thread the log
 * reader is tested on: the sources of tests/fixtures/nccl/index.json. A new
 * fixture without its thread on the page (or a thread left on the page after
 * its fixture went) fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/nccl/index.json'), 'utf8')) as {fixtures: {source: string}[]};
const page = fs.readFileSync(path.join(ROOT, 'docs/tools/diagnose.mdx'), 'utf8');

const fixtureThreads = [...new Set(index.fixtures.map((f) => f.source))].sort();
const sources = page.slice(page.indexOf('## Sources {#sources}'));
const testedLine = sources.split('\n').find((l) => /threads the reader is tested on/i.test(l)) ?? '';
const listed = [...testedLine.matchAll(/\]\((https:\/\/github\.com\/[^)\s]+)\)/g)].map((m) => m[1]!);

describe('/docs/tools/diagnose Sources: the threads the reader is tested on', () => {
  it('lists every fixture thread, once, and nothing else', () => {
    expect(fixtureThreads.length).toBeGreaterThanOrEqual(13);
    expect([...listed].sort()).toEqual(fixtureThreads);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('says how many there are', () => {
    expect(testedLine).toContain(`The ${fixtureThreads.length} threads the reader is tested on`);
  });
});
