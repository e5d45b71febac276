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

/**
 * WCAG AA contrast inside the drawings (axe cannot see into an <img>): each SVG
 * is opened as its own document, and every piece of label text is measured
 * against what is drawn under its middle (label backgrounds, node and cluster
 * shapes, composited for transparency) over the page colour of its theme.
 */
test('every diagram label has at least 4.5:1 contrast in its theme', async ({page}) => {
  const backdrop: Record<string, string> = {};
  await page.goto(url('docs/overview'));
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    // Infima's light background is transparent: the canvas (white) shows through.
    backdrop[theme] = await page.evaluate(
      () =>
        [document.body, document.documentElement].map((el) => getComputedStyle(el).backgroundColor).find((c) => !/rgba\(.*,\s*0\)$/.test(c)) ??
        'rgb(255, 255, 255)',
    );
  }
  const files = fs.readdirSync(path.join(BUILD_DIR, 'diagrams')).filter((f) => f.endsWith('.svg'));
  expect(files.length, 'the build has diagrams to check').toBeGreaterThanOrEqual(4);
  for (const file of files) {
    await page.goto(url(`diagrams/${file}`));
    // Every label inside the viewport, where hit-testing sees what is drawn under it.
    const size = await page.evaluate(() => document.documentElement.getBoundingClientRect());
    await page.setViewportSize({width: Math.ceil(size.width), height: Math.ceil(size.height)});
    const theme = file.endsWith('-dark.svg') ? 'dark' : 'light';
    const labels = await page.evaluate((pageColour) => {
      type RGBA = [number, number, number, number];
      const parse = (c: string): RGBA | null => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) return null;
        const [r = 0, g = 0, b = 0, a = 1] = m[1]!
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [r, g, b, a];
      };
      const over = (top: RGBA, under: RGBA): RGBA => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as RGBA;
      const lum = ([r, g, b]: RGBA) =>
        [r, g, b]
          .map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
          .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const ratio = (a: RGBA, b: RGBA) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
      /** The colour a point is painted with, below the text itself. */
      const paintAt = (x: number, y: number): RGBA => {
        const layers: RGBA[] = [];
        for (const el of document.elementsFromPoint(x, y)) {
          const s = getComputedStyle(el);
          const colour =
            el instanceof SVGGeometryElement ? (s.fill.startsWith('rgb') ? parse(s.fill) : null) : el instanceof HTMLElement ? parse(s.backgroundColor) : null;
          if (!colour || colour[3] === 0) continue;
          const alpha = colour[3] * Number(el instanceof SVGGeometryElement ? s.fillOpacity : 1) * Number(s.opacity);
          layers.push([colour[0], colour[1], colour[2], alpha]);
          if (alpha >= 1) break;
        }
        return layers.reduceRight((under, top) => over(top, under), parse(pageColour)!);
      };
      const out: {text: string; ratio: number}[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = (n.textContent ?? '').trim();
        if (!el || !text || el.closest('style, title, desc')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const box = range.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const s = getComputedStyle(el);
        const fg = parse(el instanceof SVGElement ? s.fill : s.color);
        if (!fg) continue;
        const bg = paintAt(box.x + box.width / 2, box.y + box.height / 2);
        out.push({text, ratio: Math.round(ratio(over(fg, bg), bg) * 100) / 100});
      }
      return out;
    }, backdrop[theme]!);
    expect(labels.length, `${file} has labels`).toBeGreaterThan(3);
    expect(
      labels.filter((l) => l.ratio < 4.5),
      `${file}: labels under 4.5:1`,
    ).toEqual([]);
  }
});
