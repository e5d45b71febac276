/**
 * Explorer interaction times for `npm run bench`: a fixed cycle of filter,
 * sort and Region changes on the live explorer, each timed from the input to
 * the table's next DOM change plus style and layout. Reported as a median;
 * wall-clock times on a busy machine measure the CPU queue too, so this is a
 * number to compare between runs on the same machine, not a test.
 */
import type {Browser} from 'playwright-core';
import {DESKTOP} from './measure';

export type ExplorerTiming = {median: number; samples: number; interactions: string[]};

const ROUNDS = 24;

export async function explorerInteractionTimes(browser: Browser, url: string): Promise<ExplorerTiming> {
  const context = await browser.newContext(DESKTOP);
  try {
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await context.addInitScript({content: 'globalThis.__name = (f) => f;'});
    const page = await context.newPage();
    await page.goto(url, {waitUntil: 'load'});
    const table = page.getByTestId('instance-table');
    await table.locator('tbody tr').first().waitFor();
    // Wake the live explorer the way a reader's intent does, then wait for it to be interactive.
    await table.dispatchEvent('pointerover');
    // Live: inside an island that has gone live (or, in builds before lazy islands, simply there).
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="instance-explorer"]');
      return el !== null && (el.closest('[data-island]') === null || el.closest('[data-island="live"]') !== null);
    });
    return await page.evaluate(async (rounds) => {
      const root = document.querySelector('[data-testid="instance-explorer"]') ?? document.body;
      const efa = Array.from(root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).find((el) => el.closest('label')?.textContent?.trim() === 'EFA');
      const sortButtons = Array.from(root.querySelectorAll<HTMLButtonElement>('thead button'));
      const sortBy = (label: string) => sortButtons.find((b) => b.textContent?.trim().startsWith(label));
      const region = Array.from(root.querySelectorAll<HTMLSelectElement>('select')).find((s) =>
        /region/i.test(`${s.name} ${s.id} ${s.getAttribute('aria-label') ?? ''} ${s.labels?.[0]?.textContent ?? ''}`),
      );
      const actions: {name: string; run: () => void}[] = [];
      if (efa) actions.push({name: 'EFA filter on', run: () => efa.click()});
      for (const label of ['ENIs', 'IPv4/ENI', 'Type']) {
        const b = sortBy(label);
        if (b) actions.push({name: `sort by ${label}`, run: () => b.click()});
      }
      if (efa) actions.push({name: 'EFA filter off', run: () => efa.click()});
      if (region && region.options.length > 1) {
        let i = 0;
        actions.push({
          name: 'Region change',
          run: () => {
            i = (i % (region.options.length - 1)) + 1;
            region.selectedIndex = i;
            region.dispatchEvent(new Event('change', {bubbles: true}));
          },
        });
      }
      const table = document.querySelector('[data-testid="instance-table"]') ?? root;
      const times: number[] = [];
      for (let n = 0; n < rounds && actions.length > 0; n++) {
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const changed = new Promise<void>((resolve) => {
          const obs = new MutationObserver(() => {
            obs.disconnect();
            resolve();
          });
          obs.observe(table, {subtree: true, childList: true, characterData: true, attributes: true});
        });
        const t0 = performance.now();
        actions[n % actions.length]?.run();
        await changed;
        void document.body.offsetHeight; // include style and layout
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const mid = Math.floor(times.length / 2);
      const median = times.length === 0 ? NaN : times.length % 2 ? (times[mid] ?? NaN) : ((times[mid - 1] ?? NaN) + (times[mid] ?? NaN)) / 2;
      return {median, samples: times.length, interactions: actions.map((a) => a.name)};
    }, ROUNDS);
  } finally {
    await context.close();
  }
}
