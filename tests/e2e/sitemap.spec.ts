/**
 * Site-wide checks, run on every page of the built sitemap.
 */
import {test, expect} from '@playwright/test';
import {sitemapPaths, url, watchConsole, waitForHydration, setTheme, axeViolations} from './site';

const pages = sitemapPaths();

test('the sitemap lists the core pages', () => {
  for (const p of [
    '',
    'docs/overview',
    'docs/eni',
    'docs/ena',
    'docs/efa',
    'docs/os-bypass',
    'docs/ena-express',
    'docs/reference/glossary',
    'docs/reference/sources',
  ]) {
    expect(pages, `sitemap should list /${p}`).toContain(p);
  }
});

for (const p of pages) {
  test.describe(`/${p}`, () => {
    test('loads, hydrates without console errors, and passes axe in light and dark mode', async ({page}) => {
      const problems = watchConsole(page);
      const response = await page.goto(url(p));
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        expect(await axeViolations(page), `axe violations in ${theme} mode`).toEqual([]);
      }
      expect(problems).toEqual([]);
    });

    test('has no sideways scrolling at 375 px', async ({page}) => {
      await page.setViewportSize({width: 375, height: 800});
      await page.goto(url(p));
      await waitForHydration(page);
      const overflow = await page.evaluate(() => {
        const doc = document.documentElement;
        return {scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth};
      });
      expect(overflow.scrollWidth, 'page is wider than the viewport').toBeLessThanOrEqual(overflow.clientWidth);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  for (const p of pages) {
    test(`/${p} shows its content`, async ({page}) => {
      const response = await page.goto(url(p));
      expect(response?.status()).toBe(200);
      const main = page.locator('main').first();
      await expect(main).toBeVisible();
      const text = (await main.innerText()).trim();
      expect(text.length, 'main content should not be empty').toBeGreaterThan(200);
      if (p.startsWith('docs/')) {
        await expect(page.locator('article h1')).toHaveCount(1);
        await expect(page.locator('article #sources')).toHaveCount(1);
      }
    });
  }
});
