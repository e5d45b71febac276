/**
 * One visit per page of the built sitemap (the per-instance-type pages only
 * through the fixed sample in type-page-sample.json), checking everything a
 * page must pass on that one load:
 *
 * - HTTP 200, hydration, no console errors or warnings, no page errors;
 * - the byte and CLS budgets of `npm run bench` (scripts/lib/budgets.ts),
 *   from this visit's own requests (scripts/perf/measure.ts);
 * - no sideways scrolling at 375 px, with every tool on the page live;
 * - the article is there without JavaScript: read from the HTML the server
 *   sent, parsed with scripting off;
 * - zero axe-core violations for WCAG 2.2 AA in light and dark mode (at 1280 px;
 *   dark mode runs the colour rules, see expectAxeClean).
 */
import {test, expect, type Page} from '@playwright/test';
import {activateIslands, expectAxeClean, sitemapPaths, url, watchConsole} from './site';
import {measureLoad, nextFrames} from '../../scripts/perf/measure';
import {byteBudgetFor, checkPage, formatCls, formatKB, summarise} from '../../scripts/lib/perf';
import {pagesToVisit, typePageSample, TYPE_PAGE_PREFIX} from '../../scripts/lib/builtSite';

const all = sitemapPaths();
const sample = typePageSample();
const pages = pagesToVisit(all, sample);

test('the sitemap lists the core pages and every sampled per-type page', () => {
  for (const p of [
    '',
    'docs/overview',
    'docs/eni',
    'docs/ena',
    'docs/efa',
    'docs/os-bypass',
    'docs/ena-express',
    'docs/reference/glossary',
    'docs/reference/sources',
  ]) {
    expect(all, `sitemap should list /${p}`).toContain(p);
  }
  for (const p of sample) {
    expect(p.startsWith(TYPE_PAGE_PREFIX), `${p} is a per-type page`).toBe(true);
    expect(all, `sitemap should list the sampled /${p}`).toContain(p);
  }
});

/** What a reader without JavaScript gets: the served HTML, parsed with scripting off. */
async function noJsContent(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    doc.querySelectorAll('script, style, template').forEach((el) => el.remove());
    const main = doc.querySelector('main');
    return {
      mainText: (main?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
      mainHidden: main === null || main.closest('[hidden]') !== null,
      h1: doc.querySelectorAll('article h1').length,
      sources: doc.querySelectorAll('article #sources').length,
    };
  }, html);
}

test.describe('every page, one visit', () => {
  test.use({viewport: {width: 375, height: 812}});

  for (const p of pages) {
    test(`/${p}`, async ({page, baseURL}) => {
      test.setTimeout(120_000);
      const problems = watchConsole(page);

      // Load at phone width, wait for hydration and a quiet network, scroll
      // through, wake every tool: the requests and layout shift of this visit.
      const visit = await measureLoad(page, new URL(url(p), baseURL).href, activateIslands);
      expect(visit.status).toBe(200);

      const s = summarise(p, visit.requests, [visit.cls]);
      const b = byteBudgetFor(p);
      test.info().annotations.push({
        type: 'first load',
        description:
          `JS ${formatKB(s.jsBytes)} KB + tools ${formatKB(s.toolJsBytes)} KB, CSS ${formatKB(s.cssBytes)} KB, ` +
          `data ${formatKB(s.dataBytes)} KB, ${s.requests} requests, CLS ${formatCls(s.cls)}` +
          (b ? ` (budget ${b.metric} ${formatKB(b.limit)} KB)` : ''),
      });
      expect.soft(s.jsBytes, 'the page should load some JS (measurement sanity check)').toBeGreaterThan(0);
      expect.soft(checkPage(s), 'byte and CLS budgets').toEqual([]);

      const overflow = await page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth}));
      expect.soft(overflow.scrollWidth, 'page is wider than a 375 px viewport').toBeLessThanOrEqual(overflow.clientWidth);

      const noJs = await noJsContent(page, visit.html);
      expect.soft(noJs.mainHidden, 'without JavaScript: <main> is there and not hidden').toBe(false);
      expect.soft(noJs.mainText, 'without JavaScript: main content should not be empty').toBeGreaterThan(200);
      if (p.startsWith('docs/')) {
        expect.soft(noJs.h1, 'without JavaScript: one article h1').toBe(1);
        expect.soft(noJs.sources, 'without JavaScript: the Sources section').toBe(1);
      }

      await page.setViewportSize({width: 1280, height: 800});
      await nextFrames(page);
      // axe runs in legacy mode (tests/e2e/site.ts), which does not look into frames.
      expect.soft(await page.locator('iframe').count(), 'no iframes').toBe(0);
      await expectAxeClean(page);
      expect(problems, 'console errors and warnings').toEqual([]);
    });
  }
});
