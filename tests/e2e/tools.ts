/**
 * Helpers for the interactive-tool specs (compare.spec.ts, decision.spec.ts).
 */
import {expect, type Locator, type Page} from '@playwright/test';
import {activateIslands, url, waitForHydration, watchConsole} from './site';

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
