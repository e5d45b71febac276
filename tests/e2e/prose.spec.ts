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
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.text()));
  await page.goto(url('docs/efa'));
  await waitForHydration(page);
  // The 404 text (src/theme/NotFound/Content) is a lazy island: a docs page that exists does not load it.
  const code = await Promise.all(scripts);
  expect(code.length).toBeGreaterThan(2);
  expect(code.filter((c) => c.includes('Page not found')).length, 'scripts holding the 404 text').toBe(0);
  // Prism loads only for a code block rendered in the browser (src/plugins/prismOnDemand.ts); this
  // page's code block came highlighted in the HTML. `languages.DFS` is Prism's, kept by minifiers.
  expect(code.filter((c) => c.includes('languages.DFS')).length, 'scripts holding Prism').toBe(0);
  await expect(page.locator('.theme-code-block pre code .token').first()).toBeVisible();

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

test('if React gives up hydrating and renders the page itself, the prose and code are still there', async ({page}) => {
  // Change the navbar title's text before hydration: React finds text that differs from its own
  // render, reports a recoverable error and renders the whole page from scratch.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      const title = document.querySelector('.navbar__title');
      if (title?.textContent) {
        title.textContent = 'changed before hydration';
        observer.disconnect();
      }
    }).observe(document, {childList: true, subtree: true});
  });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url('docs/efa'));
  await waitForHydration(page);
  // The page was rendered from scratch: the navbar title is React's again.
  await expect(page.locator('.navbar__title')).toHaveText('EC2 Network Interfaces');
  expect(errors.join('\n'), 'React reported the mismatch').toMatch(/hydrat|418|425/i);
  const empty = await page.locator('article .markdown > p').evaluateAll((ps) => ps.filter((p) => p.textContent!.trim() === '').length);
  expect(await page.locator('article .markdown > p').count()).toBeGreaterThan(20);
  expect(empty, 'empty paragraphs').toBe(0);
  // Code blocks keep their server tokens the same way (src/theme/CodeBlock/Content): none is empty.
  const code = page.locator('article .theme-code-block pre code');
  expect(await code.count()).toBeGreaterThan(0);
  expect(await code.evaluateAll((cs) => cs.filter((c) => c.textContent!.trim() === '').length), 'empty code blocks').toBe(0);
});
