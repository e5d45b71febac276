/**
 * Measures one page's first load in Chromium: every request with its encoded
 * (gzip) body size, and the layout shift. Shared by `npm run bench`
 * (scripts/bench.ts) and tests/e2e/budgets.spec.ts; what the records count as
 * is decided in scripts/lib/perf.ts.
 *
 * Steps: fresh context (cold cache) → goto, wait for `load` → settle →
 * scroll to the bottom in half-viewport steps → settle → read the CLS.
 */
import type {Browser, BrowserContextOptions, Page, Request} from 'playwright-core';
import type {RequestRecord} from '../lib/perf';

export const DESKTOP: BrowserContextOptions = {viewport: {width: 1280, height: 800}};
export const MOBILE: BrowserContextOptions = {viewport: {width: 375, height: 812}, deviceScaleFactor: 2, isMobile: true, hasTouch: true};

/** Launch options for Debian's Chromium (no browser download, ever). */
export function chromiumLaunchOptions() {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  };
}

export type PageLoad = {status: number; requests: RequestRecord[]; cls: number};

declare global {
  interface Window {
    __benchCls?: number;
  }
}

async function record(req: Request, prefetchUrls: ReadonlySet<string>, failed: boolean): Promise<RequestRecord> {
  const response = failed ? null : await req.response().catch(() => null);
  const sizes = failed ? null : await req.sizes().catch(() => null);
  const resourceType = req.resourceType();
  return {
    url: req.url(),
    resourceType,
    encodedBytes: Math.max(0, sizes?.responseBodySize ?? 0),
    status: response?.status() ?? 0,
    // A <link rel=prefetch> request has no script/style destination; Chromium types it "other".
    prefetch: resourceType === 'other' && prefetchUrls.has(req.url()),
  };
}

/** Load `url` in `page` (which must be fresh) and measure it. */
export async function measureLoad(page: Page, url: string, settleMs = 700): Promise<PageLoad> {
  await page.addInitScript(() => {
    window.__benchCls = 0;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[]) {
          if (!entry.hadRecentInput) window.__benchCls = (window.__benchCls ?? 0) + entry.value;
        }
      }).observe({type: 'layout-shift', buffered: true});
    } catch {
      /* layout-shift is Chromium-only; the bench runs in Chromium */
    }
  });
  const finished: Request[] = [];
  const failed: Request[] = [];
  const onFinished = (r: Request) => finished.push(r);
  const onFailed = (r: Request) => failed.push(r);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  try {
    const response = await page.goto(url, {waitUntil: 'load'});
    await page.waitForTimeout(settleMs);
    await page.evaluate(async () => {
      const step = Math.max(200, Math.floor(window.innerHeight / 2));
      for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
      }
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await page.waitForTimeout(settleMs);
    const {cls, prefetchUrls} = await page.evaluate(() => ({
      cls: window.__benchCls ?? 0,
      prefetchUrls: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel~="prefetch"]'), (l) => l.href),
    }));
    const prefetch = new Set(prefetchUrls);
    const requests = await Promise.all([
      ...finished.map((r) => record(r, prefetch, false)),
      ...failed.map((r) => record(r, prefetch, true)),
    ]);
    return {status: response?.status() ?? 0, requests, cls};
  } finally {
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
  }
}

/** Measure a page on desktop (bytes, requests, CLS) and on a phone-sized viewport (CLS). */
export async function measurePage(
  browser: Browser,
  url: string,
): Promise<{status: number; requests: RequestRecord[]; clsDesktop: number; clsMobile: number}> {
  const desktop = await browser.newContext(DESKTOP);
  const mobile = await browser.newContext(MOBILE);
  try {
    const d = await measureLoad(await desktop.newPage(), url);
    const m = await measureLoad(await mobile.newPage(), url);
    return {status: d.status, requests: d.requests, clsDesktop: d.cls, clsMobile: m.cls};
  } finally {
    await desktop.close();
    await mobile.close();
  }
}
