/**
 * The "Last verified" line under a docs page's title links to the change log.
 * (That every written docs page has the line, with its front-matter date, in
 * the server HTML is checked on the built files: tests/built/last-verified.test.ts.)
 */
import {test, expect} from '@playwright/test';
import {url} from './site';

test.describe('last verified, JavaScript off', () => {
  test.use({javaScriptEnabled: false});

  test('the date is the front-matter date and links to the change log', async ({page}) => {
    await page.goto(url('docs/efa'));
    await expect(page.locator('[data-testid="last-verified"] time')).toHaveAttribute('dateTime', /^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('last-verified').getByRole('link', {name: 'What changed'}).click();
    await expect(page.locator('h1')).toHaveText('What changed');
  });
});
