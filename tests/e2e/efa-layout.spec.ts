/**
 * The EFA network layout builder on /docs/tools/efa-layout: the default
 * layout without JavaScript, accessibility in both themes, 375 px, the URL
 * state, hostile input, and a first interaction made before the tool's code
 * has arrived.
 */
import {test, expect, type Page} from '@playwright/test';
import {url, waitForHydration, watchConsole, expectAxeClean} from './site';
import {expectNothingInjected, expectQuietGoLive, holdToolChunk, openTool, watchHostile} from './tools';

const PAGE = 'docs/tools/efa-layout';
const tool = (page: Page) => page.getByTestId('efa-layout').first();
const query = (page: Page) => new URL(page.url()).searchParams;

test('without JavaScript: the default p5.48xlarge layout, numbers, snippets and a GET form', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(url(PAGE));
  await expect(tool(page)).toHaveAttribute('data-type', 'p5.48xlarge');
  await expect(tool(page)).toHaveAttribute('data-layout', 'max-efa');
  await expect(tool(page).locator('svg[data-card]')).toHaveCount(32);
  await expect(tool(page).locator('svg[data-card="0"] g[data-kind="efa-only"]')).toHaveCount(1);
  await expect(tool(page).getByTestId('efa-count')).toHaveText('32 (32 EFA-only)');
  await expect(tool(page).getByTestId('ip-count')).toHaveText('1 per instance × 16 instances = 16');
  await expect(tool(page).getByTestId('subnet-size')).toContainText('/27');
  const json = tool(page).getByTestId('efa-snippets').locator('pre').first();
  await expect(json).toContainText('"InterfaceType": "efa-only"');
  const form = tool(page).locator('form');
  await expect(form).toHaveAttribute('method', 'get');
  for (const name of ['type', 'layout', 'nodes', 'slots', 'subnet', 'sg', 'pg', 'lt']) await expect(form.locator(`[name="${name}"]`)).toHaveCount(1);
  await context.close();
});

test('no axe violations in either theme, live and with a custom layout', async ({page}) => {
  await openTool(page, `${PAGE}?type=p4d.24xlarge&layout=custom&slots=io,o,o,e`, ['efa-layout']);
  await expect(tool(page).getByTestId('efa-custom-editor')).toBeVisible();
  await expectAxeClean(page, '[data-testid="efa-layout"]');
});

test('no sideways scroll at 375 px, text stays readable', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 375, height: 800}});
  const page = await context.newPage();
  await openTool(page, `${PAGE}?type=trn1n.32xlarge&layout=max-efa-ena`, ['efa-layout']);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The card diagrams are drawn at their natural size (no shrunken text).
  const width = await tool(page)
    .locator('svg[data-card="0"]')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(160);
  await context.close();
});

test('URL state: a shared link restores the layout; changes update the URL without history entries', async ({page, context}) => {
  const problems = watchConsole(page);
  await openTool(page, `${PAGE}?type=trn1n.32xlarge&layout=efa-with-ip&nodes=4`, ['efa-layout']);
  await expect(tool(page)).toHaveAttribute('data-type', 'trn1n.32xlarge');
  await expect(tool(page).locator('svg[data-card]')).toHaveCount(16);
  await expect(tool(page).getByTestId('ip-count')).toHaveText('16 per instance × 4 instances = 64');
  await expect(tool(page).getByTestId('efa-warnings')).toContainText('16 private IPv4 addresses');

  const before = await page.evaluate(() => history.length);
  await tool(page).getByTestId('efa-layout-select').selectOption('max-efa');
  await tool(page).getByTestId('efa-nodes').fill('64');
  await expect(tool(page).getByTestId('ip-count')).toHaveText('1 per instance × 64 instances = 64');
  expect(query(page).get('layout')).toBeNull(); // the default is left out
  expect(query(page).get('nodes')).toBe('64');
  expect(await page.evaluate(() => history.length)).toBe(before);

  await tool(page).getByTestId('efa-type-input').fill('p5.48xlarge');
  await tool(page).getByTestId('efa-layout-select').selectOption('max-efa-ena');
  await expect(tool(page).getByTestId('efa-count')).toHaveText('32 (32 EFA-only)');
  await expect(tool(page).getByTestId('eni-count')).toHaveText('40');
  const shared = page.url();

  const second = await context.newPage();
  const problems2 = watchConsole(second);
  await openTool(second, shared.replace(/^.*?\/docs\//, 'docs/'), ['efa-layout']);
  await expect(tool(second)).toHaveAttribute('data-layout', 'max-efa-ena');
  await expect(tool(second).getByTestId('ip-count')).toHaveText('8 per instance × 64 instances = 512');
  expect([...problems, ...problems2]).toEqual([]);
});

test('a custom layout that breaks a rule is refused with the reason, and no snippets', async ({page}) => {
  await openTool(page, `${PAGE}?type=p5.48xlarge&layout=custom&slots=o,oo`, ['efa-layout']);
  const issues = tool(page).getByTestId('efa-issues');
  await expect(issues.locator('[data-rule="primary-efa-only"]')).toBeVisible();
  await expect(issues.locator('[data-rule="one-efa-per-card"]')).toBeVisible();
  await expect(tool(page).getByTestId('efa-snippets')).toHaveCount(0);
  // Fixing it in the editor brings the snippets back.
  await tool(page).getByLabel('Card 0, device 0', {exact: true}).selectOption('interface');
  await tool(page).getByLabel('Card 1, device 1', {exact: true}).selectOption('');
  await expect(tool(page).getByTestId('efa-issues')).toHaveCount(0);
  await expect(tool(page).getByTestId('efa-snippets')).toBeVisible();
  expect(query(page).get('slots')).toBe('i,o');
});

test('hostile and bad input: a notice, a safe fallback, nothing injected', async ({page}) => {
  const hostile = watchHostile(page);
  const q =
    `?type=${encodeURIComponent('<img src=x onerror=alert(1)>')}&layout=${encodeURIComponent('javascript:alert(1)')}` +
    `&nodes=-5&slots=${encodeURIComponent('"><script>alert(1)</script>')}&sg=${encodeURIComponent('sg-1;rm -rf /')}&zzz=1`;
  await openTool(page, `${PAGE}${q}`, ['efa-layout']);
  await expect(page.getByTestId('param-notice')).toBeVisible();
  await expect(page.getByTestId('param-notice')).toContainText('Ignored 6 link parameters');
  await expect(tool(page)).toHaveAttribute('data-type', 'p5.48xlarge');
  await expectNothingInjected(page);
  expect(hostile.dialogs).toEqual([]);
  expect(hostile.problems).toEqual([]);

  // A real type without EFA: explained, with EFA types suggested.
  await openTool(page, `${PAGE}?type=c5.18xlarge`, ['efa-layout']);
  await expect(tool(page).getByTestId('efa-type-problem')).toContainText('c5.18xlarge does not support EFA');
  await expect(tool(page).getByTestId('efa-type-problem')).toContainText('c5n.18xlarge');
});

test('goes live without moving anything, its code highlighted as in the server HTML', async ({page}) => {
  await expectQuietGoLive(page, PAGE, 'efa-layout', tool(page));
});

test('a first interaction made before the tool code arrives is kept', async ({page}) => {
  const held = await holdToolChunk(page, 'efa-layout');
  const problems = watchConsole(page);
  await page.goto(url(PAGE));
  await waitForHydration(page);
  await expect(tool(page)).toHaveAttribute('data-ready', 'false');
  await tool(page).getByTestId('efa-type-input').fill('p4d.24xlarge');
  await expect.poll(held.requested).toBe(true);
  held.release();
  await expect(tool(page)).toHaveAttribute('data-ready', 'true');
  await expect(tool(page)).toHaveAttribute('data-type', 'p4d.24xlarge');
  await expect(tool(page).locator('svg[data-card]')).toHaveCount(4);
  expect(query(page).get('type')).toBe('p4d.24xlarge');
  expect(problems).toEqual([]);
});
