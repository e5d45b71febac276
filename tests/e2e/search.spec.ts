import {test, expect} from '@playwright/test';
import {url, waitForHydration, watchConsole} from './site';

test('offline search finds the ENA page for "SR-IOV"', {tag: '@smoke'}, async ({page}) => {
  const problems = watchConsole(page);
  await page.goto(url('docs/overview'));
  await waitForHydration(page);
  const box = page.getByRole('searchbox').or(page.locator('input.navbar__search-input')).first();
  await box.click();
  await box.fill('SR-IOV');
  const hit = page.locator('a[href*="docs/ena"]').filter({hasNotText: 'Express'}).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/docs\/ena(#.*)?$/);
  expect(problems).toEqual([]);
});
