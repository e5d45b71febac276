/**
 * "Last verified against the sources: <date>" sits under the title of every
 * docs page, in the server HTML (JavaScript off), with the page's front-matter
 * date, and links to the change log.
 */
import {test, expect} from '@playwright/test';
import {sitemapPaths, url} from './site';

// Written pages only: the per-type pages are generated from the data and date their figures by the data's as-of date.
const docsPaths = sitemapPaths().filter((p) => /^docs(\/|$)/.test(p) && !p.startsWith('docs/types/'));

test.describe('last verified, JavaScript off', () => {
  test.use({javaScriptEnabled: false});

  test('every docs page shows the line right under its title', async ({page}) => {
    expect(docsPaths.length).toBeGreaterThanOrEqual(10);
    for (const p of docsPaths) {
      await page.goto(url(p));
      const line = page.getByTestId('last-verified');
      await expect(line, p).toHaveCount(1);
      await expect(line, p).toContainText(/^Last verified against the sources: \d{4}-\d{2}-\d{2}/);
      // Directly after the page title, before the body.
      const follows = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="last-verified"]');
        return el?.previousElementSibling?.tagName === 'HEADER' && !!el.previousElementSibling.querySelector('h1');
      });
      expect(follows, `${p}: the line follows the h1 header`).toBe(true);
    }
  });

  test('the date is the front-matter date and links to the change log', async ({page}) => {
    await page.goto(url('docs/efa'));
    await expect(page.locator('[data-testid="last-verified"] time')).toHaveAttribute('dateTime', /^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('last-verified').getByRole('link', {name: 'What changed'}).click();
    await expect(page.locator('h1')).toHaveText('What changed');
  });
});
