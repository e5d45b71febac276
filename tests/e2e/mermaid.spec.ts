/**
 * Build-time Mermaid diagrams (scripts/lib/diagrams.ts): shown with JavaScript
 * off, loaded lazily, switched by the theme from the cache, readable on a phone, opened full
 * size by a link, and no Mermaid code in what pages load.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect} from '@playwright/test';
import {BUILD_DIR, setTheme, url} from './site';

/** Strings only Mermaid's bundled code contains (core and its Langium parser). */
const MERMAID_MARKERS = ['mermaid-js/mermaid', 'fileExtensions:[".mmd",".mermaid"]'];
const visibleImg = '[data-testid=mermaid-diagram] a:visible img';

test.describe('JavaScript off', () => {
  test.use({javaScriptEnabled: false});

  test('the overview shows its diagram', async ({page}) => {
    await page.goto(url('docs/overview'));
    await expect(page.getByTestId('mermaid-diagram')).toHaveCount(1);
    const img = page.locator(visibleImg);
    await expect(img).toHaveAttribute('alt', /^.{20,}$/);
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(100);
  });
});

// One explanation of the steps: the stepper's own server HTML (its drawing and step lists) is the
// fallback without JavaScript, so no second drawing of the same steps (tests/e2e/diagrams.spec.ts
// checks the stepper's lists with JavaScript off).
for (const javaScriptEnabled of [true, false]) {
  test(`the OS-bypass page shows the stepper and no second drawing of its steps (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled});
    const page = await context.newPage();
    await page.goto(url('docs/os-bypass'));
    await expect(page.getByTestId('os-bypass-diagram')).toBeVisible();
    await expect(page.getByTestId('mermaid-diagram')).toHaveCount(0);
    await expect(page.locator('noscript')).toHaveCount(0);
    await context.close();
  });
}

test('dark mode shows the dark drawing; the light one is prefetched after load, so a switch shows it from the cache', async ({browser}) => {
  const context = await browser.newContext({colorScheme: 'dark'});
  const page = await context.newPage();
  const drawings: string[] = [];
  page.on('requestfinished', (r) => drawings.push(r.url()));
  await page.goto(url('docs/overview'), {waitUntil: 'networkidle'});
  const img = page.locator(visibleImg);
  await expect(img).toHaveCount(1);
  await expect(img).toHaveAttribute('src', /-dark\.svg$/);
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(page.locator('[data-testid=mermaid-diagram] a:visible')).toHaveAttribute('href', /\/diagrams\/[0-9a-f]{12}-dark\.svg$/);
  const light = (await page.locator('[data-testid=mermaid-diagram] a img').evaluateAll((els) => els.map((i) => (i as HTMLImageElement).src))).find((s) =>
    s.endsWith('-light.svg'),
  )!;
  await expect.poll(() => drawings.includes(light), 'the light drawing is prefetched once the page is idle').toBe(true);
  await setTheme(page, 'light');
  await expect(img).toHaveAttribute('src', /-light\.svg$/);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(100);
  await context.close();
});

test('on a 375 px phone the overview shows its narrow drawing without shrinking text below 14 px', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 375, height: 812}});
  const page = await context.newPage();
  await page.goto(url('docs/overview'), {waitUntil: 'networkidle'});
  const img = page.locator(visibleImg);
  // Lazy: it loads as it nears the viewport.
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(100);
  const {current, natural, shown} = await img.evaluate((i: HTMLImageElement) => ({
    current: i.currentSrc,
    natural: i.naturalWidth,
    shown: i.getBoundingClientRect().width,
  }));
  expect(current).not.toBe(await img.evaluate((i: HTMLImageElement) => i.src));
  expect(shown / natural).toBeGreaterThanOrEqual(14 / 16);
  await context.close();
});

test('no Mermaid code in the chunks every page loads, or on the pages with diagrams', async ({page}) => {
  const dir = path.join(BUILD_DIR, 'assets/js');
  const files = fs.readdirSync(dir);
  const withMermaid = files.filter((f) => MERMAID_MARKERS.some((m) => fs.readFileSync(path.join(dir, f), 'utf8').includes(m)));
  expect(withMermaid.length, 'the fallback is still built, so the markers must match something').toBeGreaterThan(0);
  const shared = files.filter((f) => /^(main|runtime~main|common)\./.test(f));
  expect(shared.length).toBeGreaterThanOrEqual(2);
  expect(shared.filter((f) => withMermaid.includes(f))).toEqual([]);
  for (const rel of ['', 'docs/overview', 'docs/os-bypass']) {
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(url(rel), {waitUntil: 'networkidle'});
    expect(
      scripts.filter((s) => withMermaid.some((f) => s.endsWith(f))),
      rel,
    ).toEqual([]);
  }
});
