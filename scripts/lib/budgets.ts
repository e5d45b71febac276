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

export type Budgets = {
  /**
   * Max gzip JS bytes at first load on every docs page (except the explorer),
   * the per-type pages /docs/types/<type> included; tools' code is not counted.
   */
  readonly docsJsBytes: number;
  /** Max gzip JS + data (fetch/XHR) bytes at first load on the explorer. */
  readonly explorerJsAndDataBytes: number;
  /**
   * CLS must round to 0.00: a value below this counts as 0.00, anything at or
   * above it breaks the budget.
   */
  readonly clsBelow: number;
};

export const BUDGETS: Budgets = {
  docsJsBytes: 190 * KB,
  explorerJsAndDataBytes: 300 * KB,
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

/**
 * Lighthouse runs per page; the bench reports the median. Five, not three: single runs of one
 * build spread by 10–20 points on this 2-core machine (2026-12-03), enough to flip a median of
 * three. `--runs N` overrides it.
 */
export const LIGHTHOUSE_RUNS = 5;
