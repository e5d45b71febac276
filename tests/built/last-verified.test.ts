/**
 * "Last verified against the sources: <date>" sits right under the title of
 * every written docs page, in the HTML the server sends (so with JavaScript
 * off too), with the page's front-matter date. The per-type pages are
 * generated from the data and date their figures by the data's as-of date.
 * (The link to the change log is followed in tests/e2e/last-verified.spec.ts.)
 */
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildDir, htmlFileFor, sitemapPaths} from '../../scripts/lib/builtSite';
import {readDocs} from '../unit/docs';

const docsPaths = sitemapPaths(buildDir()).filter((p) => /^docs(\/|$)/.test(p) && !p.startsWith('docs/types/'));

/** The front-matter `last_verified` of each docs page, by path (the content tests' reader). */
const verifiedOn = new Map(
  readDocs().map((d) => {
    const v = d.frontMatter.last_verified;
    return [`docs/${d.slug}`, v instanceof Date ? v.toISOString().slice(0, 10) : String(v)];
  }),
);
const frontMatterDate = (p: string): string | undefined => verifiedOn.get(p);

describe('last verified', () => {
  it('covers the written docs pages', () => {
    expect(docsPaths.length).toBeGreaterThanOrEqual(10);
  });

  it.each(docsPaths)('/%s shows the line right under its h1, with its front-matter date', (p) => {
    const html = fs.readFileSync(htmlFileFor(p), 'utf8');
    const lines = html.match(/data-testid="?last-verified"?/g) ?? [];
    expect(lines, 'exactly one line').toHaveLength(1);
    // Directly after the page title's header, before the body (attribute quotes are minified away).
    const m =
      /<header><h1[^>]*>[^<]*(?:<[^>]+>[^<]*)*?<\/h1><\/header><p [^>]*data-testid="?last-verified"?[^>]*>Last verified against the sources: <time datetime="?(\d{4}-\d{2}-\d{2})"?>/.exec(
        html,
      );
    expect(m, 'the line follows the h1 header').not.toBeNull();
    const date = frontMatterDate(p);
    expect(date, `docs file with last_verified for /${p}`).toBeDefined();
    expect(m![1]).toBe(date);
  });
});
