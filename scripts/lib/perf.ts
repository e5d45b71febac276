/**
 * Pure aggregation and budget checks for the bench and the budgets e2e spec.
 * No browser here: scripts/perf/measure.ts records the requests, this module
 * decides what they count as.
 *
 * What is counted (see also README "Performance"):
 * - every request the page makes from navigation until the network is quiet
 *   after hydration, a scroll to the bottom and a second quiet period, in a
 *   fresh browser context (cold cache);
 * - JS = responses Chromium typed `script`: `<script src>`, dynamic
 *   `import()` chunks and `<link rel=preload as=script>` that the page runs;
 *   CSS = responses typed `stylesheet`; data = `fetch`/`xhr` responses;
 * - "first load" JS is the JS requested before React hydrated the page (the
 *   page itself); JS requested after hydration is the code of the tools that
 *   woke up (near the viewport, on intent) and is reported on its own;
 * - prefetches are excluded from every byte figure and from the request
 *   count: `<link rel=prefetch>` requests that Docusaurus adds for the pages
 *   that links point to (on viewport or hover). They are counted separately.
 * - bytes are the encoded (gzip) body sizes as received.
 */
import {BUDGETS, EXPLORER_PATH, KB, type Budgets} from './budgets';

export type RequestRecord = {
  url: string;
  /** Playwright's resourceType: document, script, stylesheet, fetch, xhr, image, font, other... */
  resourceType: string;
  /** Encoded (on the wire) body bytes. */
  encodedBytes: number;
  status: number;
  /** True for a `<link rel=prefetch>` request. */
  prefetch: boolean;
  /** True when the request started after the page hydrated (lazily loaded tool code, data). */
  afterHydration: boolean;
};

export type ResourceClass = 'js' | 'css' | 'data' | 'prefetch' | 'other';

export function classify(r: RequestRecord): ResourceClass {
  if (r.prefetch) return 'prefetch';
  switch (r.resourceType) {
    case 'script':
      return 'js';
    case 'stylesheet':
      return 'css';
    case 'fetch':
    case 'xhr':
      return 'data';
    default:
      return 'other';
  }
}

export type PageSummary = {
  /** Path relative to the base URL ('' is the home page). */
  path: string;
  /** JS requested before hydration, tools' chunks excepted: the page's own first load. */
  jsBytes: number;
  /**
   * The tools' code: their `tool-*` chunks (webpackChunkName in MDXComponents.tsx),
   * even when a tool in view at load asks for it before hydration ends, and any
   * JS requested after hydration (loaded near the viewport or on intent).
   */
  toolJsBytes: number;
  cssBytes: number;
  dataBytes: number;
  /** All non-prefetch bytes (HTML, JS, CSS, data, images, fonts...). */
  totalBytes: number;
  /** Requests at first load, prefetches excluded. */
  requests: number;
  prefetches: number;
  /** Largest layout-shift sum seen over the viewports measured. */
  cls: number;
};

/** What a page is charged against its byte budget: its JS and data, or first-load JS only. */
export type ByteBudget = {metric: 'js' | 'js+data'; limit: number};

/** A lazy island's chunk: named `tool-<name>` in src/theme/MDXComponents.tsx. */
export function isToolChunk(url: string): boolean {
  return /\/assets\/js\/tool-[^/]*\.js(\?|$)/.test(url);
}

export function summarise(path: string, requests: readonly RequestRecord[], clsValues: readonly number[]): PageSummary {
  const s: PageSummary = {path, jsBytes: 0, toolJsBytes: 0, cssBytes: 0, dataBytes: 0, totalBytes: 0, requests: 0, prefetches: 0, cls: 0};
  for (const r of requests) {
    const kind = classify(r);
    if (kind === 'prefetch') {
      s.prefetches += 1;
      continue;
    }
    s.requests += 1;
    s.totalBytes += r.encodedBytes;
    if (kind === 'js' && (r.afterHydration || isToolChunk(r.url))) s.toolJsBytes += r.encodedBytes;
    else if (kind === 'js') s.jsBytes += r.encodedBytes;
    else if (kind === 'css') s.cssBytes += r.encodedBytes;
    else if (kind === 'data') s.dataBytes += r.encodedBytes;
  }
  s.cls = clsValues.length ? Math.max(...clsValues) : 0;
  return s;
}

/** The byte budget that applies to a page, or null when none does (e.g. the home page). */
export function byteBudgetFor(path: string, budgets: Budgets = BUDGETS): ByteBudget | null {
  const p = path.replace(/^\/+|\/+$/g, '');
  if (p === EXPLORER_PATH) return {metric: 'js+data', limit: budgets.explorerJsAndDataBytes};
  if (p === 'docs' || p.startsWith('docs/')) return {metric: 'js', limit: budgets.docsJsBytes};
  return null;
}

/** First-load JS for docs pages; for the explorer, all its JS (its own tool included) plus data. */
function budgetedBytes(s: PageSummary, metric: ByteBudget['metric']): number {
  return metric === 'js' ? s.jsBytes : s.jsBytes + s.toolJsBytes + s.dataBytes;
}

export type Violation = {path: string; budget: 'bytes' | 'cls'; message: string};

export function checkPage(s: PageSummary, budgets: Budgets = BUDGETS): Violation[] {
  const out: Violation[] = [];
  const b = byteBudgetFor(s.path, budgets);
  if (b) {
    const used = budgetedBytes(s, b.metric);
    if (used > b.limit) {
      out.push({
        path: s.path,
        budget: 'bytes',
        message: `/${s.path}: ${formatKB(used)} KB gzip ${b.metric.toUpperCase()} at first load, budget ${formatKB(b.limit)} KB`,
      });
    }
  }
  if (!(s.cls < budgets.clsBelow)) {
    out.push({path: s.path, budget: 'cls', message: `/${s.path}: CLS ${s.cls.toFixed(3)}, budget 0.00 (< ${budgets.clsBelow})`});
  }
  return out;
}

export function checkBudgets(pages: readonly PageSummary[], budgets: Budgets = BUDGETS): Violation[] {
  return pages.flatMap((p) => checkPage(p, budgets));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  const hi = v[mid] ?? NaN;
  return v.length % 2 ? hi : ((v[mid - 1] ?? NaN) + hi) / 2;
}

/** Bytes as KB (1 KB = 1000 bytes) with one decimal. */
export function formatKB(bytes: number): string {
  return (bytes / KB).toFixed(1);
}

/** CLS with two decimals, where anything under the budget's threshold prints as 0.00. */
export function formatCls(cls: number, budgets: Budgets = BUDGETS): string {
  return cls < budgets.clsBelow ? '0.00' : cls.toFixed(3);
}

/** A plain-text table with right-aligned numeric columns (all but the first). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function pageRows(pages: readonly PageSummary[], budgets: Budgets = BUDGETS): string[][] {
  return pages.map((s) => {
    const b = byteBudgetFor(s.path, budgets);
    const ok = checkPage(s, budgets).length === 0;
    return [
      `/${s.path}`,
      formatKB(s.jsBytes),
      formatKB(s.toolJsBytes),
      formatKB(s.cssBytes),
      formatKB(s.dataBytes),
      formatKB(s.totalBytes),
      String(s.requests),
      String(s.prefetches),
      formatCls(s.cls, budgets),
      b ? `${b.metric} <= ${formatKB(b.limit)}` : '-',
      ok ? 'ok' : 'OVER',
    ];
  });
}

export const PAGE_TABLE_HEADER = ['page', 'JS KB', 'tools JS KB', 'CSS KB', 'data KB', 'all KB', 'req', 'prefetch', 'CLS', 'budget', ''];

/** The absolute page URLs a sitemap lists (throws when it lists none). */
export function sitemapLocs(xml: string): string[] {
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => loc.trim());
  if (locs.length === 0) throw new Error('sitemap.xml lists no pages');
  return locs;
}

/** Sitemap XML → page paths relative to the base path ('' is the home page). */
export function sitemapPathsFromXml(xml: string, basePath: string): string[] {
  return sitemapLocs(xml).map((loc) => {
    const p = new URL(loc).pathname;
    if (!p.startsWith(basePath) && `${p}/` !== basePath) {
      throw new Error(`sitemap entry ${p} is outside the base path ${basePath}`);
    }
    return p.slice(basePath.length);
  });
}

/** `/x/` form of a BASE_URL value ('/' when empty). */
export function normaliseBase(raw: string | undefined): string {
  return `/${(raw ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
