/**
 * What a reader meets, measured in any build (before/after comparisons in issue
 * notes; `npm run bench` measures the same things on the current build):
 *
 * - the explorer: first-load JS + data (gzip, counted as the bench counts them),
 *   the median filter / sort / Region-change time (scripts/perf/explorerTiming.ts),
 *   where its first table row starts and when it is usable, at 1280x800 and 375x812;
 * - the length of the overview and the OS-bypass page at both sizes.
 *
 *   npx tsx scripts/perf/reader-measure.ts [build dir] [port]
 *
 * "Usable" is the moment the live explorer has rows to act on: its island is
 * live (this site) or its lazily loaded table has rows (builds before the
 * lazy-island explorer), timed from navigation start.
 */
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {basePathOf} from '../lib/builtSite';
import {summarise} from '../lib/perf';
import {explorerInteractionTimes} from './explorerTiming';
import {chromiumLaunchOptions, DESKTOP, measurePage, MOBILE} from './measure';
import {serveBuild} from './serveBuild';

const dir = path.resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4397);
const origin = `http://127.0.0.1:${port}`;
const base = basePathOf(dir);
const EXPLORER = 'docs/reference/instance-types';
const LONG_PAGES = ['docs/overview', 'docs/os-bypass'];
const VIEWPORTS = {desktop: DESKTOP, phone: MOBILE} as const;

async function explorerGeometry(browser: Browser, viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS]) {
  const context = await browser.newContext(viewport);
  try {
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await context.addInitScript({content: 'globalThis.__name = (f) => f;'});
    const page = await context.newPage();
    await page.goto(`${origin}${base}${EXPLORER}`, {waitUntil: 'load'});
    const usableMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          // A row of the live table: hydrated, and not inside an island still showing its server HTML.
          const ready = () => {
            if (!document.documentElement.hasAttribute('data-has-hydrated')) return false;
            const row = document.querySelector('[data-testid="instance-table"] tbody tr');
            return row !== null && (row.closest('[data-island]') === null || row.closest('[data-island="live"]') !== null);
          };
          const check = () => {
            // A reader's first move wakes a lazy island: point at the table.
            document
              .querySelector('[data-island="static"]:has([data-testid="instance-table"])')
              ?.dispatchEvent(new PointerEvent('pointerover', {bubbles: true}));
            if (ready()) resolve(performance.now());
            else if (performance.now() > 60_000) resolve(NaN);
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    const firstRowY = await page.evaluate(() => {
      const row = document.querySelector('[data-testid="instance-table"] tbody tr');
      return row ? Math.round(row.getBoundingClientRect().top + window.scrollY) : null;
    });
    return {firstRowY, usableMs: Math.round(usableMs)};
  } finally {
    await context.close();
  }
}

async function pageLength(browser: Browser, viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS], p: string): Promise<number> {
  const context = await browser.newContext(viewport);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${base}${p}`, {waitUntil: 'networkidle'});
    return await page.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const server = await serveBuild(dir, port, base);
  try {
    // A fresh browser for each measurement, so one cannot disturb the next.
    const withBrowser = async <T>(f: (b: Browser) => Promise<T>): Promise<T> => {
      const browser = await chromium.launch(chromiumLaunchOptions());
      try {
        return await f(browser);
      } finally {
        await browser.close();
      }
    };
    const m = await withBrowser((b) => measurePage(b, `${origin}${base}${EXPLORER}`));
    const s = summarise(EXPLORER, m.requests, [m.clsDesktop, m.clsMobile]);
    const result: Record<string, unknown> = {
      build: dir,
      explorerFirstLoad: {jsBytes: s.jsBytes, toolJsBytes: s.toolJsBytes, dataBytes: s.dataBytes, total: s.jsBytes + s.toolJsBytes + s.dataBytes, cls: s.cls},
      explorerInteractions: await withBrowser((b) => explorerInteractionTimes(b, `${origin}${base}${EXPLORER}`)),
    };
    for (const [name, vp] of Object.entries(VIEWPORTS)) {
      for (const p of LONG_PAGES) result[`/${p} ${name} px`] = await withBrowser((b) => pageLength(b, vp, p));
      result[`explorer ${name}`] = await withBrowser((b) => explorerGeometry(b, vp));
    }
    console.log(JSON.stringify(result, null, 2));
  } finally {
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
