/**
 * The comparison table on /docs/compare: filters, URL state, keyboard use,
 * accessibility in a non-default state, hostile parameters.
 */
import {test, expect, type Page} from '@playwright/test';
import {url, watchConsole, expectAxeClean} from './site';
import {HOSTILE_QUERIES, expectNothingInjected, expectQuietGoLive, islandOf, openHeld, openTool, tabCoverage, tabTo, watchHostile} from './tools';

const PAGE = 'docs/compare';
const table = (page: Page) => page.getByTestId('comparison');
const visibleRows = (page: Page) => table(page).locator('tbody tr[data-row]:visible');
const headers = (page: Page) => table(page).locator('thead th');
const query = (page: Page) => new URL(page.url()).search;

test('the full table is in the static HTML (JavaScript off)', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(url(PAGE));
  await expect(visibleRows(page)).toHaveCount(30);
  await expect(headers(page)).toHaveText(['Feature', 'ENI', 'ENA', 'EFA (efa)', 'Notes and sources']);
  await expect(page.locator('#cmp-kernel-path')).toBeVisible();
  await context.close();
});

test('toggling "differences" changes the row count and the URL', async ({page}) => {
  const problems = watchConsole(page);
  await openTool(page, PAGE, ['comparison']);
  const all = await visibleRows(page).count();
  expect(all).toBe(30);
  await page.getByLabel('Show only differences').check();
  const diff = await visibleRows(page).count();
  expect(diff).toBeLessThan(all);
  expect(diff).toBeGreaterThan(0);
  await expect(table(page).getByTestId('row-count')).toHaveText(`Showing ${diff} of 30 rows.`);
  expect(query(page)).toBe('?diff=1');
  // A row that is equal for ENI, ENA and EFA comes back once efa-only is compared.
  await expect(page.locator('#cmp-kernel-path')).toBeHidden();
  await table(page).getByLabel('EFA-only').check();
  await expect(page.locator('#cmp-kernel-path')).toBeVisible();
  expect(await visibleRows(page).count()).toBeGreaterThan(diff);
  await page.getByLabel('Show only differences').uncheck();
  await expect(visibleRows(page)).toHaveCount(30);
  expect(problems).toEqual([]);
});

test('changing the state does not add history entries', async ({page}) => {
  await openTool(page, PAGE, ['comparison']);
  const before = await page.evaluate(() => history.length);
  await page.getByLabel('Show only differences').check();
  await table(page).getByRole('button', {name: 'Software'}).click();
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a URL round trip restores the state', async ({page, context}) => {
  await openTool(page, PAGE, ['comparison']);
  await table(page).getByLabel('EFA-only').check();
  await table(page).getByLabel('ENI', {exact: true}).uncheck();
  await table(page).getByRole('button', {name: 'Performance'}).click();
  await table(page).getByRole('group', {name: 'Highlight a column'}).getByRole('button', {name: 'EFA-only'}).click();
  await page.getByLabel('Show only differences').check();
  const link = page.url();
  expect(new URL(link).search).toBe('?cmp=ena,efa,efa-only&diff=1&cat=performance&hl=efa-only');
  const rows = await visibleRows(page).count();

  const second = await context.newPage();
  const problems = watchConsole(second);
  await second.goto(link);
  await expect(table(second)).toHaveAttribute('data-ready', 'true');
  await expect(headers(second)).toHaveText(['Feature', 'ENA', 'EFA (efa)', 'EFA-only', 'Notes and sources']);
  await expect(table(second).getByLabel('ENI', {exact: true})).not.toBeChecked();
  await expect(table(second).getByLabel('EFA-only')).toBeChecked();
  await expect(second.getByLabel('Show only differences')).toBeChecked();
  await expect(table(second).getByRole('button', {name: 'Performance'})).toHaveAttribute('aria-pressed', 'true');
  await expect(visibleRows(second)).toHaveCount(rows);
  await expect(table(second).locator('thead th').nth(3)).toHaveClass(/hl/);
  await expect(second.getByTestId('param-notice').first()).toBeHidden();
  expect(second.url()).toBe(link);
  expect(problems).toEqual([]);
});

test('keeps at least two columns', async ({page}) => {
  await openTool(page, `${PAGE}?cmp=ena,efa`, ['comparison']);
  await table(page)
    .getByLabel('ENA', {exact: true})
    .uncheck({force: true})
    .catch(() => undefined);
  await expect(table(page).getByLabel('ENA', {exact: true})).toBeChecked();
  await expect(headers(page)).toHaveCount(4);
});

test('row permalinks point at their row', async ({page}) => {
  await openTool(page, `${PAGE}#cmp-hot-attach`, ['comparison']);
  const anchor = page.locator('#cmp-hot-attach a[href="#cmp-hot-attach"]');
  await expect(anchor).toHaveCount(1);
  await expect(page.locator('#cmp-hot-attach')).toBeInViewport();
});

test('keyboard only: Tab reaches every control, Space and Enter operate them', async ({page}) => {
  const problems = watchConsole(page);
  await openTool(page, PAGE, ['comparison']);
  const start = page.locator('a.hash-link[href="#comparison"]');
  const coverage = await tabCoverage(page, start, table(page));
  expect(coverage.missed).toEqual([]);
  expect(coverage.total).toBeGreaterThanOrEqual(15);

  await start.focus();
  await tabTo(page, table(page).getByLabel('EFA-only'));
  await page.keyboard.press('Space');
  await expect(headers(page)).toHaveCount(6);
  await tabTo(page, table(page).getByRole('button', {name: 'Operations'}));
  await page.keyboard.press('Enter');
  await expect(table(page).getByRole('button', {name: 'Operations'})).toHaveAttribute('aria-pressed', 'true');
  const hl = table(page).getByRole('group', {name: 'Highlight a column'}).getByRole('button', {name: 'ENA'});
  await tabTo(page, hl);
  await page.keyboard.press('Space');
  await expect(hl).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, page.getByLabel('Show only differences'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Show only differences')).toBeChecked();
  await tabTo(page, table(page).getByRole('region'));
  expect(query(page)).toBe('?cmp=eni,ena,efa,efa-only&diff=1&cat=operations&hl=ena');
  expect(problems).toEqual([]);
});

test('axe: zero violations with the controls in a non-default state, light and dark', async ({page}) => {
  const problems = watchConsole(page);
  await openTool(page, `${PAGE}?cmp=eni,efa,efa-only&diff=1&cat=addressing&hl=efa-only#cmp-ip-addresses`, ['comparison']);
  await table(page).getByRole('button', {name: 'Performance'}).focus();
  await expectAxeClean(page, '[data-testid="comparison"]');
  expect(problems).toEqual([]);
});

test('phone: one card per row, every value labelled and on screen, no sideways scroll', async ({page}) => {
  await page.setViewportSize({width: 375, height: 800});
  await openTool(page, PAGE, ['comparison']);
  const doc = await page.evaluate(() => ({sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth}));
  expect(doc.sw).toBeLessThanOrEqual(doc.cw);
  const cells = page.locator('#cmp-bandwidth td');
  await expect(cells).toHaveCount(4);
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  const label = await cells.first().evaluate((el) => getComputedStyle(el, '::before').content);
  expect(label).toBe('"ENI: "');
});

test('desktop: the header row sticks below the navbar, notes are not cut, rows stay short', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await openTool(page, PAGE, ['comparison']);
  const row = page.locator('#cmp-bandwidth');
  await row.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  const navbar = await page.locator('nav.navbar').boundingBox();
  await expect.poll(async () => Math.round((await headers(page).first().boundingBox())!.y)).toBe(Math.round(navbar!.height));
  const cut = await table(page)
    .locator('td')
    .evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).length);
  expect(cut).toBe(0);
  const heights = await visibleRows(page).evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height).sort((x, y) => x - y));
  expect(heights[Math.floor(heights.length / 2)]).toBeLessThan(150);
});

for (const h of HOSTILE_QUERIES) {
  test(`hostile parameters (${h.name}): defaults, a notice, nothing injected`, async ({page}) => {
    const {problems, dialogs} = watchHostile(page);
    await openTool(page, `${PAGE}${h.query}`, ['comparison']);
    await expect(visibleRows(page)).toHaveCount(30);
    await expect(headers(page)).toHaveCount(5);
    const notice = table(page).getByTestId('param-notice');
    await expect(notice).toBeVisible();
    for (const name of h.names.filter((n) => !['workload', 'software', 'os'].includes(n))) {
      await expect(notice).toContainText(`“${name}”`);
    }
    await expectNothingInjected(page);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('goes live without moving anything on the page', async ({page}) => {
  const problems = watchConsole(page);
  await expectQuietGoLive(page, PAGE, 'comparison-table', table(page));
  expect(problems).toEqual([]);
});

test('choices made before the code arrives are kept when the table goes live', async ({page}) => {
  const problems = watchConsole(page);
  const release = await openHeld(page, PAGE, 'comparison-table');
  await table(page).scrollIntoViewIfNeeded();
  await expect(islandOf(table(page))).toHaveAttribute('data-island', 'static');
  await table(page).getByLabel('EFA-only').check();
  await page.getByLabel('Show only differences').check();
  release();
  await expect(islandOf(table(page))).toHaveAttribute('data-island', 'live');
  await expect(page.getByLabel('Show only differences')).toBeChecked();
  await expect(headers(page)).toHaveText(['Feature', 'ENI', 'ENA', 'EFA (efa)', 'EFA-only', 'Notes and sources']);
  expect(await visibleRows(page).count()).toBeLessThan(30);
  await expect.poll(() => query(page)).toBe('?cmp=eni,ena,efa,efa-only&diff=1');
  // Focus stays on the control the reader used last.
  await expect(page.getByLabel('Show only differences')).toBeFocused();
  expect(problems).toEqual([]);
});

test('a category button pressed before the code arrives submits the form and is applied', async ({page}) => {
  const release = await openHeld(page, PAGE, 'comparison-table');
  await table(page).scrollIntoViewIfNeeded();
  await table(page).getByRole('button', {name: 'Performance'}).click();
  await expect(page).toHaveURL(/cat=performance/);
  release();
  await expect(islandOf(table(page))).toHaveAttribute('data-island', 'live');
  await expect(table(page).getByRole('button', {name: 'Performance'})).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => query(page)).toBe('?cat=performance');
});

test('old overview links to the table (state and row anchors) land on /docs/compare', async ({page}) => {
  await page.goto(url('docs/overview?diff=1'));
  await expect(page).toHaveURL(/\/docs\/compare\?diff=1$/);
  await expect(page.getByLabel('Show only differences')).toBeChecked();
  await page.goto(url('docs/overview#myth-efa-faster'));
  await expect(page).toHaveURL(/\/docs\/reference\/misconceptions#efa-faster$/);
});
