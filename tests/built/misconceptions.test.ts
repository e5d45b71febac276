/**
 * /docs/reference/misconceptions in the build: every anchor the MDX source
 * has (headings and entry ids, checked against the shipped list in
 * tests/unit/misconceptions.test.ts) is in the HTML once, each entry is a list
 * item rather than a heading, and the on-page contents list only the
 * sections. The overview keeps its #myth-<id> stubs for old links.
 */
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {htmlFileFor} from '../../scripts/lib/builtSite';
import {anchorIds, readDocs} from '../unit/docs';

const docs = readDocs();
const source = docs.find((d) => d.slug === 'reference/misconceptions')!;
const overviewSource = docs.find((d) => d.slug === 'overview')!;
const entryIds = [...source.body.matchAll(/<Misconception id="([^"]+)"/g)].map((m) => m[1]!);

/** Tag names of the elements with this id (attribute quotes may be minified away). */
function tagsWithId(html: string, id: string): string[] {
  const re = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sid=(?:"${id}"|${id}(?=[\\s>]))`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!);
}

/** Targets of the table-of-contents links (the desktop column; the phone's list renders on opening). */
function tocLinks(html: string): string[] {
  return [...html.matchAll(/<a [^>]*href="?#([^"\s>]+)"?[^>]*class="?[^">]*table-of-contents__link/g)].map((m) => m[1]!);
}

describe('the helpers tell an entry from a heading', () => {
  it('on a heading-based page and a list-based page', () => {
    const old = '<h3 class="anchor" id=efa-faster>"EFA is faster"<a href=#efa-faster class=hash-link>#</a></h3>';
    const now = '<ul><li id=efa-faster class="item_x"><p><strong>"EFA is faster"</strong></p></li></ul>';
    expect(tagsWithId(old, 'efa-faster')).toEqual(['h3']);
    expect(tagsWithId(now, 'efa-faster')).toEqual(['li']);
    expect(tagsWithId(now, 'efa')).toEqual([]);
    const toc =
      '<ul class="table-of-contents table-of-contents__left-border"><li><a href=#general class="table-of-contents__link toc-highlight">A</a><ul><li><a href=#three-devices class="table-of-contents__link toc-highlight">B</a></ul><li><a href=#sources class="table-of-contents__link toc-highlight">S</a></ul><a href=#efa-faster>x</a>';
    expect(tocLinks(toc)).toEqual(['general', 'three-devices', 'sources']);
  });
});

describe('/docs/reference/misconceptions (built)', () => {
  const html = fs.readFileSync(htmlFileFor('docs/reference/misconceptions'), 'utf8');

  it('has every anchor of its source exactly once', () => {
    const ids = anchorIds(source.body);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    const wrong = ids.filter((id) => tagsWithId(html, id).length !== 1);
    expect(wrong, 'ids missing or repeated in the HTML').toEqual([]);
  });

  it('renders each entry as a list item, not a heading', () => {
    expect(entryIds.length).toBeGreaterThanOrEqual(20);
    const notLi = entryIds.filter((id) => tagsWithId(html, id)[0] !== 'li');
    expect(notLi).toEqual([]);
  });

  it('keeps the on-page contents to the sections', () => {
    const links = tocLinks(html);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(6);
    expect(links.filter((id) => entryIds.includes(id))).toEqual([]);
  });
});

describe('/docs/overview (built) keeps the stubs for old #myth-<id> links', () => {
  const html = fs.readFileSync(htmlFileFor('docs/overview'), 'utf8');
  const stubs = [...overviewSource.body.matchAll(/<span id="(myth-[a-z0-9-]+)" \/>/g)].map((m) => m[1]!);

  it.each(stubs)('#%s', (id) => {
    expect(tagsWithId(html, id)).toEqual(['span']);
  });
});
