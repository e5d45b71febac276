/**
 * /docs/reference/misconceptions is a compact list, not twenty sub-headings
 * (issue 13), and every anchor it ever shipped keeps working: readers link to
 * entries (#efa-faster), other pages link to them, and old
 * /docs/overview#myth-<id> links forward to them
 * (src/clientModules/movedAnchors.ts). tests/built/misconceptions.test.ts
 * checks the same anchors in the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {anchorIds, headings, readDocs} from './docs';
import {movedTarget} from '../../src/clientModules/movedAnchors';

const ROOT = path.resolve(__dirname, '../..');
const docs = readDocs();
const page = docs.find((d) => d.slug === 'reference/misconceptions')!;
const overview = docs.find((d) => d.slug === 'overview')!;

/** Anchors shipped on the page. Never remove or rename one: add new ones below. */
const SHIPPED = [
  // sections
  'general',
  'performance',
  'setup',
  'names',
  'sources',
  // entries
  'three-devices',
  'eni-ena-names',
  'efa-includes-ena',
  'enhanced-equals-ena',
  'ena-express-is-efa',
  'network-card',
  'more-enis',
  'ena-when-pps',
  'efa-faster',
  'ena-100g',
  '20k-pps',
  'efa-costs',
  'install-ena',
  'efa-hot-attach',
  'one-efa',
  'placement-group',
  'efa-same-sg',
  'efa-routable',
  'windows',
  'spelling',
  'diagrams',
];

/** `<Misconception id="…" claim="…">correction</Misconception>` entries, in page order. */
const entries = [...page.body.matchAll(/<Misconception id="([^"]+)" claim="([^"]+)">([\s\S]*?)<\/Misconception>/g)].map((m) => ({
  id: m[1]!,
  claim: m[2]!,
  correction: m[3]!,
}));

describe('/docs/reference/misconceptions', () => {
  const ids = anchorIds(page.body);

  it('keeps every anchor it has shipped', () => {
    expect(SHIPPED.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('has each anchor once', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('is a compact list: entries are list items, not headings, so the on-page contents stay short', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    const hs = headings(page.body);
    expect(hs.filter((h) => h.level > 2).map((h) => h.text)).toEqual([]);
    expect(hs.length).toBeLessThanOrEqual(6);
    expect(page.frontMatter.toc_max_heading_level).toBe(2);
  });

  it('gives every entry a correction that links to the page explaining it', () => {
    for (const e of entries) {
      expect(e.correction, e.id).toMatch(/\]\(\/docs\/[a-z0-9/-]+(#[a-z0-9-]+)?\)/);
      expect(e.claim.length, e.id).toBeLessThan(80);
    }
  });

  it('is a reference, not a spelling lesson: the names entry does not lead', () => {
    expect(entries[0]?.id).not.toBe('spelling');
    expect(page.body).not.toMatch(/these come from|study notes/i);
  });
});

describe('links to misconceptions entries resolve', () => {
  const ids = new Set(anchorIds(page.body));

  it('old /docs/overview#myth-<id> links: each stub forwards to an entry', () => {
    const stubs = [...overview.body.matchAll(/<span id="(myth-[a-z0-9-]+)" \/>/g)].map((m) => m[1]!);
    expect(stubs.length).toBeGreaterThanOrEqual(20);
    for (const stub of stubs) {
      const to = movedTarget('/docs/overview', '', `#${stub}`);
      const [, target = ''] = /^\/docs\/reference\/misconceptions#(.+)$/.exec(to ?? '') ?? [];
      expect(ids.has(target), `#${stub} → ${to}`).toBe(true);
    }
  });

  it('from the docs and the source code', () => {
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((e) => {
        const rel = path.join(dir, e.name);
        return e.isDirectory() ? walk(rel) : /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
      });
    const texts = [
      ...docs.map((d) => ({name: d.file, text: d.body})),
      ...walk('src').map((f) => ({name: f, text: fs.readFileSync(path.join(ROOT, f), 'utf8')})),
    ];
    const links = texts.flatMap(({name, text}) => {
      const own = name === page.file ? [...text.matchAll(/\]\(#([a-z0-9-]+)\)/g)] : [];
      const other = [...text.matchAll(/\/docs\/reference\/misconceptions#([a-z0-9-]+)/g)];
      return [...own, ...other].map((m) => ({name, id: m[1]!}));
    });
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.filter((l) => !ids.has(l.id))).toEqual([]);
  });
});
