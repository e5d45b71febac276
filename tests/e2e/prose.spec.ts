/**
 * Prose kept as server HTML (src/components/StaticProse): paragraphs, lists
 * and tables made of plain markup are not hydrated, their links still
 * navigate inside the app (src/theme/Root.tsx), and a page reached by
 * client-side navigation renders its prose in the browser.
 */
import {test, expect, type Locator} from '@playwright/test';
import {url, waitForHydration, watchConsole} from './site';

/** Whether React has attached itself to the element (its fiber key), i.e. hydrated or rendered it. */
const reactOwns = (locator: Locator) => locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')));

test('prose keeps its server HTML; its links navigate in the app; client-rendered pages have their prose', async ({page}) => {
  const problems = watchConsole(page);
  await page.goto(url('docs/efa'));
  await waitForHydration(page);

  // A link inside a paragraph of the server HTML: not hydrated.
  const link = page.locator('article .markdown > p a[href$="/docs/os-bypass"]').first();
  await expect(link).toBeVisible();
  expect(await reactOwns(link), 'a link in server-rendered prose is not hydrated').toBe(false);
  // A paragraph's text is the server's, in place.
  expect(await page.locator('article .markdown > p').count()).toBeGreaterThan(20);

  // Clicking it navigates in the app: the window (and this marker) survives.
  await page.evaluate(() => ((window as unknown as {marker: number}).marker = 42));
  await link.click();
  await expect(page).toHaveURL(/\/docs\/os-bypass$/);
  await expect(page.locator('article h1')).toContainText(/OS-bypass/i);
  expect(await page.evaluate(() => (window as unknown as {marker?: number}).marker), 'no full page load').toBe(42);

  // The new page's prose was rendered by React in the browser, with its text and links.
  const paragraph = page.locator('article .markdown > p').first();
  await expect(paragraph).not.toBeEmpty();
  expect(await reactOwns(paragraph.locator('a').first())).toBe(true);

  // Back: the EFA page again, prose rendered, still the same window.
  await page.goBack();
  await expect(page).toHaveURL(/\/docs\/efa$/);
  await expect(page.locator('article .markdown > p a[href$="/docs/os-bypass"]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as {marker?: number}).marker)).toBe(42);
  expect(problems).toEqual([]);
});
