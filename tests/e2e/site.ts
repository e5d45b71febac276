/**
 * Shared helpers for the e2e specs: where the site is served, which pages it
 * has (from the built sitemap), and the checks every page must pass.
 */
import {expect, type Page, type ConsoleMessage} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {basePathOf, buildDir, sitemapPaths} from '../../scripts/lib/builtSite';

export {sitemapPaths};
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BUILD_DIR = buildDir();
/** The base path the build was made for (BASE_URL, or read from the build itself). */
export const BASE_PATH = basePathOf(BUILD_DIR);

/** A relative URL that Playwright resolves against baseURL (keeps the base path). */
export function url(relPath: string): string {
  return `./${relPath.replace(/^\/+/, '')}`;
}

/** Console errors and warnings, and uncaught page errors, seen while the test runs. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      problems.push(`console.${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return problems;
}

export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
}

export type Theme = 'light' | 'dark';

/** Switch the colour theme the way the navbar toggle does, then wait for it to apply. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  // Infima animates colours; axe must not sample a half-switched page.
  await page.addStyleTag({content: '*, *::before, *::after { transition: none !important; }'});
  await page.evaluate((t) => {
    window.localStorage.setItem('theme', t);
    document.documentElement.setAttribute('data-theme', t);
  }, theme);
  await expect(page.locator(`html[data-theme="${theme}"]`)).toHaveCount(1);
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG 2.2 AA rules whose outcome depends on colours, the only thing a theme changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe violations for WCAG 2.2 AA (or only `rules`), formatted for a readable
 * failure message. Legacy mode runs axe in the page itself: the default mode
 * also opens a blank page to merge per-frame results, which doubled the time
 * of every check (the site has no iframes, so the results are the same).
 * Only violations are collected (`resultTypes`): axe then keeps one example
 * node of each pass instead of building a selector for every checked element,
 * which made a full run on /docs/tools/efa-layout take 1.31 s instead of 2.04 s
 * (2026-12-03). Each run still costs 0.3–1.3 s on this machine, growing with the DOM.
 * `options()` must come first: it replaces the options that `withTags` sets.
 */
export async function axeViolations(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({page})
    .options({resultTypes: ['violations']})
    .withTags(WCAG_TAGS)
    .setLegacyMode(true);
  if (include) builder = builder.include(include);
  if (rules) builder = builder.withRules(rules);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} :: ${n.failureSummary?.split('\n').join(' ')}`)
        .join('\n'),
  );
}

/**
 * Zero axe violations in both themes: every WCAG 2.2 AA rule in light mode,
 * then the colour rules in dark mode. Switching the theme changes colours
 * only (the DOM is the same; theme-switched images share one markup), so
 * running the other rules twice would check nothing new.
 */
export async function expectAxeClean(page: Page, include?: string): Promise<void> {
  await setTheme(page, 'light');
  expect(await axeViolations(page, include), 'axe violations in light mode').toEqual([]);
  await setTheme(page, 'dark');
  expect(await axeViolations(page, include, COLOUR_RULES), 'axe colour violations in dark mode').toEqual([]);
}

/**
 * Bring every tool on the page to life, as a reader reaching for it would:
 * tools load their code only on intent (see src/components/LazyIsland).
 */
export async function activateIslands(page: Page): Promise<void> {
  const statics = page.locator('[data-island="static"]');
  // Reach for each island in turn (scroll near it, pointer and focus) until none is left static.
  for (let round = 0; round < 20 && (await statics.count()) > 0; round++) {
    // The island may go live between the count and this look-up: then there is nothing to reach.
    const handle = await statics
      .first()
      .elementHandle({timeout: 2000})
      .catch(() => null);
    if (!handle) continue;
    // One step in the page, without Playwright's actionability checks: the
    // island may be swapped for the live tool at any moment.
    await handle.evaluate((el) => {
      if (!el.isConnected) return;
      el.scrollIntoView({block: 'center'});
      el.dispatchEvent(new PointerEvent('pointerover', {bubbles: true}));
      el.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));
    });
    await page.waitForFunction((el) => !el.isConnected || el.getAttribute('data-island') !== 'static', handle);
  }
  await expect(statics).toHaveCount(0);
}
