/**
 * Helpers for the interactive-tool specs (compare.spec.ts, decision.spec.ts).
 */
import {expect, type Locator, type Page} from '@playwright/test';
import {activateIslands, url, waitForHydration, watchConsole} from './site';
import {nextFrames} from '../../scripts/perf/measure';

/** Open a page and wait until the page and the given tools have hydrated and read the URL. */
export async function openTool(page: Page, path: string, tools: string[]): Promise<void> {
  await page.goto(url(path));
  await waitForHydration(page);
  await activateIslands(page);
  for (const t of tools) await expect(page.locator(`[data-testid="${t}"][data-ready="true"]`)).toHaveCount(1);
}

/** Press Tab until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Tab from `start` through the page and return how many of the controls in
 * `scope` (inputs, buttons, focusable regions) received focus, and how many there are.
 */
export async function tabCoverage(page: Page, start: Locator, scope: Locator, max = 250): Promise<{reached: number; total: number; missed: string[]}> {
  await page.evaluate(() => document.querySelectorAll('[data-tab-seen]').forEach((el) => el.removeAttribute('data-tab-seen')));
  await start.focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const inside = await scope.evaluate((root) => {
      const el = document.activeElement;
      if (el && root.contains(el)) el.setAttribute('data-tab-seen', '1');
      return Boolean(el && root.contains(el));
    });
    if (!inside && i > 0 && (await scope.locator('[data-tab-seen]').count()) > 0) break;
  }
  return scope.evaluate((root) => {
    const controls = Array.from(root.querySelectorAll<HTMLElement>('input, button, [tabindex="0"]')).filter(
      (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
    );
    const missed = controls.filter((el) => !el.hasAttribute('data-tab-seen')).map((el) => el.outerHTML.slice(0, 120));
    // Radio groups are one tab stop: the checked radio stands for its group.
    const missedReal = missed.filter((html) => !/type="radio"/.test(html));
    return {reached: controls.length - missedReal.length, total: controls.length, missed: missedReal};
  });
}

/** Watch for the things a hostile URL must never cause. */
export function watchHostile(page: Page): {problems: string[]; dialogs: string[]} {
  const problems = watchConsole(page);
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return {problems, dialogs};
}

/** No element or attribute from the hostile parameters made it into the DOM. */
export async function expectNothingInjected(page: Page): Promise<void> {
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    document.querySelectorAll('img[src="x"], [onerror], [onload]').forEach((el) => found.push(el.outerHTML.slice(0, 100)));
    document.querySelectorAll('script').forEach((s) => {
      if (s.textContent?.includes('alert(1)')) found.push('script with alert(1)');
    });
    document.querySelectorAll('a[href^="javascript:"]').forEach((el) => found.push(el.outerHTML.slice(0, 100)));
    return found;
  });
  expect(injected).toEqual([]);
}

const pad = 'a'.repeat(2100);
/** Hostile query strings: markup, quotes, javascript: URLs, oversized, Unicode. */
export const HOSTILE_QUERIES: {name: string; query: string; names: string[]}[] = [
  {
    name: 'markup, quotes and javascript: URLs',
    query:
      `?cmp=${encodeURIComponent('<script>alert(1)</script>')}` +
      `&diff=${encodeURIComponent(`"'><img src=x onerror=alert(1)>`)}` +
      `&cat=${encodeURIComponent('javascript:alert(1)')}&x=` +
      `&workload=${encodeURIComponent('<img src=x onerror=alert(1)>')}&software=${encodeURIComponent('javascript:alert(1)')}`,
    names: ['cmp', 'diff', 'cat', 'x', 'workload', 'software'],
  },
  {name: 'a query over 2 KB', query: `?diff=1&workload=hpc&pad=${pad}`, names: ['(whole query)']},
  {
    name: 'Unicode and control characters',
    query: `?cat=${encodeURIComponent('\u202eperformance')}&hl=${encodeURIComponent('éfa')}&os=${encodeURIComponent('linux\u0000')}&${encodeURIComponent('🦄')}=1`,
    names: ['cat', 'hl', 'os', '🦄'],
  },
];

/**
 * Hold a tool's code (the chunk named `tool-<name>` in MDXComponents.tsx) until
 * `release()` is called, as a slow network would: the static HTML is all the
 * reader has meanwhile.
 */
export async function holdToolChunk(page: Page, name: string): Promise<{release: () => void; requested: () => boolean}> {
  return holdChunk(page, `tool-${name}`);
}

/** Hold back the script chunk `/assets/js/<stem>.<hash>.js` until `release()`. */
export async function holdChunk(page: Page, stem: string): Promise<{release: () => void; requested: () => boolean}> {
  let release!: () => void;
  let requested = false;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(new RegExp(`/assets/js/${stem}\\.[^/]*\\.js$`), async (route) => {
    requested = true;
    await gate;
    // The page that asked may have navigated away meanwhile (a form submit).
    await route.continue().catch(() => undefined);
  });
  return {release, requested: () => requested};
}

/** Start recording layout shifts not caused by recent input (from the first paint on). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {__shifts: string[]};
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean; sources?: {node?: Node}[]})[]) {
        if (e.hadRecentInput) continue;
        const nodes = (e.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName)));
        w.__shifts.push(`${e.value.toFixed(4)} ${nodes.join(' | ')}`);
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
}

/** Layout shifts recorded since the last call. */
export async function takeLayoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as {__shifts: string[]};
    const out = w.__shifts;
    w.__shifts = [];
    return out;
  });
}

/** The island (static server HTML or live tool) around `tool`. */
export const islandOf = (tool: Locator) => tool.locator('xpath=ancestor::*[@data-island][1]');

/**
 * Open `path` with the tool's code held back, bring the tool into view and
 * let it go live: it must not move anything on the page.
 */
export async function expectQuietGoLive(page: Page, path: string, chunk: string, tool: Locator, reach?: () => Promise<void>): Promise<void> {
  await recordLayoutShifts(page);
  const held = await holdToolChunk(page, chunk);
  const highlighter = await holdChunk(page, 'highlighter');
  await page.goto(url(path));
  await waitForHydration(page);
  await tool.scrollIntoViewIfNeeded();
  if (reach) await reach();
  await expect.poll(held.requested).toBe(true);
  await expect(islandOf(tool)).toHaveAttribute('data-island', 'static');
  // Code blocks in the tool: the highlighter is fetched with the tool's chunk, so the live
  // blocks come in with the server's tokens rather than as plain text (LazyIsland).
  const tokens = () => islandOf(tool).locator('.theme-code-block .token').count();
  const serverTokens = await tokens();
  if (serverTokens > 0) await expect.poll(highlighter.requested, 'the highlighter is requested with the tool').toBe(true);
  await takeLayoutShifts(page);
  held.release();
  highlighter.release();
  await expect(islandOf(tool)).toHaveAttribute('data-island', 'live');
  expect(await tokens(), 'highlighted code tokens once live, as in the server HTML').toBe(serverTokens);
  // Two frames for the swap to be painted and observed.
  await nextFrames(page);
  expect(await takeLayoutShifts(page)).toEqual([]);
}

/** Open `path` with the tool's code held back until `release()`. */
export async function openHeld(page: Page, path: string, chunk: string): Promise<() => void> {
  const held = await holdToolChunk(page, chunk);
  await page.goto(url(path));
  await waitForHydration(page);
  return held.release;
}
