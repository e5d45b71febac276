/**
 * The byte and CLS budgets of `npm run bench` (scripts/lib/budgets.ts), on every
 * sitemap page, with the bench's own measurement code. Lighthouse is not run
 * here (its scores are noisy targets; see `npm run bench`).
 */
import {test, expect} from '@playwright/test';
import {sitemapPaths, url} from './site';
import {measurePage} from '../../scripts/perf/measure';
import {byteBudgetFor, checkPage, formatCls, formatKB, summarise} from '../../scripts/lib/perf';

for (const p of sitemapPaths()) {
  test(`/${p} stays within its byte and CLS budgets`, async ({browser, baseURL}) => {
    const m = await measurePage(browser, new URL(url(p), baseURL).href);
    expect(m.status).toBe(200);
    const s = summarise(p, m.requests, [m.clsDesktop, m.clsMobile]);
    const b = byteBudgetFor(p);
    test.info().annotations.push({
      type: 'first load',
      description: `JS ${formatKB(s.jsBytes)} KB, CSS ${formatKB(s.cssBytes)} KB, data ${formatKB(s.dataBytes)} KB, ${s.requests} requests, CLS ${formatCls(s.cls)}${b ? ` (budget ${b.metric} ${formatKB(b.limit)} KB)` : ''}`,
    });
    expect(s.jsBytes, 'the page should load some JS (measurement sanity check)').toBeGreaterThan(0);
    expect(checkPage(s)).toEqual([]);
  });
}
