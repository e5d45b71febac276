/**
 * The one place that measures a page load in Chromium: every request with its
 * encoded (gzip) body size, whether it started before the page hydrated, and
 * the layout shift. Used by `npm run bench` (scripts/bench.ts) and by the
 * e2e page visit (tests/e2e/sitemap.spec.ts); what the records count as is
 * decided in scripts/lib/perf.ts.
 *
 * Steps (no fixed sleeps): goto, wait for `load` → wait until React has
 * hydrated → scroll to the bottom a viewport at a time → optional
 * `afterScroll` (e.g. wake every tool) → wait for a quiet network → read the CLS.
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

export type PageLoad = {
  status: number;
  /** The document as the server sent it: what a reader without JavaScript gets. */
  html: string;
  requests: RequestRecord[];
  cls: number;
};

declare global {
  interface Window {
    __benchCls?: number;
    __benchHydratedAt?: number;
  }
}

async function record(req: Request, prefetchUrls: ReadonlySet<string>, hydratedAt: number, failed: boolean): Promise<RequestRecord> {
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
    afterHydration: req.timing().startTime >= hydratedAt,
  };
}

/** Resolve after two animation frames: style, layout and paint of the last change are done. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Load `url` in `page` (which must be fresh: a new context has a cold cache)
 * and measure it. `afterScroll` runs once the page has been scrolled through,
 * before the second quiet period; what it loads counts as after hydration.
 */
export async function measureLoad(page: Page, url: string, afterScroll?: (page: Page) => Promise<void>): Promise<PageLoad> {
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
    // Docusaurus sets data-has-hydrated on <html> once React has taken over the
    // server HTML. Init scripts run before <html> exists: watch the document.
    new MutationObserver((_m, obs) => {
      if (document.documentElement?.getAttribute('data-has-hydrated') === 'true') {
        window.__benchHydratedAt = Date.now();
        obs.disconnect();
      }
    }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-has-hydrated']});
  });
  const finished: Request[] = [];
  const failed: Request[] = [];
  const onFinished = (r: Request) => finished.push(r);
  const onFailed = (r: Request) => failed.push(r);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  try {
    const response = await page.goto(url, {waitUntil: 'load'});
    const html = (await response?.text()) ?? '';
    await page.waitForFunction(() => window.__benchHydratedAt !== undefined);
    await page.evaluate(async () => {
      const step = Math.max(200, window.innerHeight);
      for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
        window.scrollTo(0, y);
        // A frame, or 100 ms: headless Chromium on a loaded machine once withheld
        // animation frames for two minutes (a sampled per-type page, 2026-12-02).
        await new Promise((resolve) => {
          requestAnimationFrame(resolve);
          setTimeout(resolve, 100);
        });
      }
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    if (afterScroll) await afterScroll(page);
    await page.waitForLoadState('networkidle');
    await nextFrames(page);
    const {cls, hydratedAt, prefetchUrls} = await page.evaluate(() => ({
      cls: window.__benchCls ?? 0,
      hydratedAt: window.__benchHydratedAt ?? 0,
      prefetchUrls: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel~="prefetch"]'), (l) => l.href),
    }));
    const prefetch = new Set(prefetchUrls);
    const requests = await Promise.all([
      ...finished.map((r) => record(r, prefetch, hydratedAt, false)),
      ...failed.map((r) => record(r, prefetch, hydratedAt, true)),
    ]);
    return {status: response?.status() ?? 0, html, requests, cls};
  } finally {
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
  }
}

/** Measure a page on desktop (bytes, requests, CLS) and on a phone-sized viewport (CLS). */
export async function measurePage(browser: Browser, url: string): Promise<{status: number; requests: RequestRecord[]; clsDesktop: number; clsMobile: number}> {
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
