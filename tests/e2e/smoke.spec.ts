/**
 * "Hosting anywhere": `npm test` builds the site once, under a sub-path
 * (BASE_URL=/enhanced-networking/), and runs the whole e2e suite against that
 * build, so every page is checked under a base path by sitemap.spec.ts.
 * These tests add what a page visit does not cover: the 404 page with status
 * 404 and a search form that stays under the base, and tool URLs that keep
 * their query through hydration and reload. The deploy workflow runs the
 * @smoke tests again against the real Pages build.
 */
import {test, expect} from '@playwright/test';
import {BASE_PATH, url, waitForHydration, watchConsole, expectAxeClean} from './site';

test('an unknown URL gets the 404 page with status 404, and its search form finds pages', {tag: '@smoke'}, async ({page}) => {
  const response = await page.goto(url('docs/no-such-page'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible();
  await waitForHydration(page);
  await expectAxeClean(page);
  for (const link of await page.locator('main a[href]').all()) {
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${BASE_PATH}`));
  }
  await page.getByLabel('Search the site').fill('SR-IOV');
  await page.getByRole('button', {name: 'Search', exact: true}).click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}search\\?q=SR-IOV$`));
  await expect(page.locator('article a[href*="docs/ena"]').first()).toBeVisible();
});

test('an unknown instance type gets the 404 page, the same once the page is live', async ({page}) => {
  // In the browser one `/docs/types/:type` route stands for every type page
  // (src/plugins/instance-type-pages/clientRoutes.ts): for an unknown type it
  // must render what the server sent, the 404 page, without a hydration error.
  const problems = watchConsole(page);
  const response = await page.goto(url('docs/types/no-such.type'));
  expect(response?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible();
  // The document's own 404 is logged by Chromium; nothing else may be.
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('tool URLs round-trip under the base path: state restored, changes written back, kept on reload', {tag: '@smoke'}, async ({page}) => {
  const problems = watchConsole(page);
  const here = (q: string) => new RegExp(`${BASE_PATH}docs/compare\\?${q.replace(/[?.]/g, '\\$&')}$`);

  // Comparison table: state from the URL, a change written back, kept on reload.
  await page.goto(url('docs/compare?diff=1'));
  await waitForHydration(page);
  const diff = page.getByLabel('Show only differences');
  await expect(diff).toBeChecked();
  await page.getByRole('button', {name: 'Performance', exact: true}).click();
  await expect(page).toHaveURL(here('diff=1&cat=performance'));
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByLabel('Show only differences')).toBeChecked();
  await expect(page.getByRole('button', {name: 'Performance', exact: true})).toHaveAttribute('aria-pressed', 'true');

  // Decision helper and instance explorer restore their state under the base path too.
  await page.goto(url('docs/choose?workload=hpc'));
  await waitForHydration(page);
  await expect(page.getByRole('radio', {name: /Tightly coupled HPC/})).toBeChecked();
  await page.goto(url('docs/reference/instance-types?q=p5&minEni=8'));
  await waitForHydration(page);
  await expect(page.getByLabel('Search by name')).toHaveValue('p5');
  await expect(page.getByLabel('Minimum ENIs')).toHaveValue('8');
  expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}docs/reference/instance-types`);
  expect(problems).toEqual([]);
});
