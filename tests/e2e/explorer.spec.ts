/**
 * The instance-type explorer (/docs/reference/instance-types) and the
 * per-type pages (/docs/types/<type>): filters against the data, shareable
 * URLs, CSV, keyboard use, accessibility, hostile links, the static table,
 * the form that works before the code arrives, and what other pages download.
 * Interaction times are measured by `npm run bench`, not here.
 */
import fs from 'node:fs';
import {test, expect, type Page, type Response} from '@playwright/test';
import {url, watchConsole, waitForHydration, activateIslands, expectAxeClean} from './site';
import {holdToolChunk} from './tools';
import {nextFrames} from '../../scripts/perf/measure';
import {instanceCounts} from '../../src/data/instanceCounts';
import {instanceTypes} from '../../src/data/instances';
import {COLUMN_IDS, PAGE_SIZE, applyFilters, explorerModel, sortRows} from '../../src/lib/instanceFilter';
import {defaultState} from '../../src/lib/urlState';

const {rows, schema} = explorerModel(instanceTypes);

const PAGE = 'docs/reference/instance-types';
const total = instanceCounts.total.toLocaleString('en-US');

/** Open the explorer and wait until it is live (it loads its code on intent, or at once for a URL with a view). */
async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(url(`${PAGE}${query}`));
  await waitForHydration(page);
  if (!query) await activateIslands(page);
  await expect(page.locator('[data-island="live"] [data-testid="instance-table"]')).toBeVisible();
}

const openFilters = (page: Page) => page.getByTestId('filter-panel').locator('summary').click();

const count = (page: Page) => page.getByTestId('result-count');

/** The table as text: header labels and the cells of every row (without the Compare column). */
async function tableText(page: Page): Promise<string[][]> {
  return page.getByTestId('instance-table').evaluate((table) => {
    const clean = (s: string | null) => (s ?? '').replace(/[▲▼↕]/g, '').trim();
    const head = Array.from(table.querySelectorAll('thead th'))
      .slice(0, -1)
      .map((th) => clean(th.textContent));
    // The first cell holds the type's link and its quick-look button (no text).
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children)
        .slice(0, -1)
        .map((c) => clean(c.textContent)),
    );
    return [head, ...rows];
  });
}

test('filtering EFA-capable types gives the count in the data', async ({page}) => {
  const problems = watchConsole(page);
  await openExplorer(page);
  await expect(count(page)).toContainText(`${total} of ${total}`);
  await openFilters(page);
  await page.getByRole('checkbox', {name: 'EFA', exact: true}).check();
  await expect(count(page)).toContainText(`${instanceCounts.efa} of ${total} instance types match`);
  expect(new URL(page.url()).searchParams.get('efa')).toBe('1');
  // Every shown row has at least one EFA.
  const [head = [], ...rows] = await tableText(page);
  const efaCol = head.indexOf('EFAs');
  expect(rows.length).toBe(PAGE_SIZE);
  expect(rows.every((r) => Number(r[efaCol]) >= 1)).toBe(true);
  // At least 32 EFAs: the two p5 sizes.
  await page.getByLabel('At least N EFAs').fill('32');
  await expect(count(page)).toContainText(`2 of ${total}`);
  expect(problems).toEqual([]);
});

test('a shared URL restores the whole view, and changes go back into the URL', async ({page, context}) => {
  const query = '?q=p&efa=1&minEni=8&sort=-eni&cols=type,efa,eni,cards&type=p5.48xlarge&cmp=p5.48xlarge,p4d.24xlarge';
  await openExplorer(page, query);
  await expect(page.getByLabel('Search by name')).toHaveValue('p');
  // The panel stays closed for a shared link (its summary counts the filters); open it to see them.
  await expect(page.getByTestId('filter-panel').locator('summary')).toHaveText('Filters (3 active)');
  await openFilters(page);
  await expect(page.getByRole('checkbox', {name: 'EFA', exact: true})).toBeChecked();
  await expect(page.getByLabel('Minimum ENIs')).toHaveValue('8');
  await expect(page.getByTestId('param-notice')).toBeHidden();
  await expect(page.locator('#ie-detail-heading')).toHaveText('p5.48xlarge');
  await expect(page.getByTestId('compare-panel').locator('thead th')).toHaveText(['Field', /p5\.48xlarge/, /p4d\.24xlarge/]);
  const [head, first] = await tableText(page);
  expect(head).toEqual(['Type', 'EFAs', 'ENIs', 'Cards']);
  // The first row is what the filter and sort logic give on the data.
  const expected = sortRows(applyFilters(rows, {...defaultState(schema), q: 'p', efa: true, minEni: 8}), '-eni');
  expect(first?.[0]).toBe(expected[0]?.type);
  await expect(count(page)).toContainText(`${expected.length} of ${total}`);
  await expect(page.getByTestId('instance-table').getByRole('columnheader', {name: /ENIs/})).toHaveAttribute('aria-sort', 'descending');

  // Change the view: sort by EFAs; the URL follows.
  await page.getByRole('button', {name: /^EFAs/}).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('efa');
  const shared = page.url();
  expect(shared).toContain('cmp=p5.48xlarge,p4d.24xlarge');

  const other = await context.newPage();
  await openExplorer(other, new URL(shared).search);
  expect(await tableText(other)).toEqual(await tableText(page));
  await expect(other.locator('#ie-detail-heading')).toHaveText('p5.48xlarge');
  await expect(count(other)).toHaveText((await count(page).textContent()) ?? '');
});

test('the CSV download holds exactly the rows and columns of the view', async ({page}) => {
  await openExplorer(page, '?q=p4,p5&cols=type,efa,eni,ipv4,perf&sort=-efa');
  const view = await tableText(page);
  expect(view.length).toBeGreaterThan(3);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-button').click()]);
  expect(download.suggestedFilename()).toBe('ec2-instance-types.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
  expect(lines).toEqual(view);
});

test('filters and the quick look work with the keyboard', async ({page}) => {
  await openExplorer(page);
  const search = page.getByLabel('Search by name');
  await search.focus();
  await page.keyboard.type('m5.large');
  await expect(count(page)).toContainText(`1 of ${total}`);

  // Tab onwards: the form's submit button, then the column chooser.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', {name: 'Apply'})).toBeFocused();

  await page.getByTestId('filter-panel').locator('summary').focus();
  await page.keyboard.press('Enter');
  const efa = page.getByRole('checkbox', {name: 'EFA', exact: true});
  await efa.focus();
  await page.keyboard.press('Space');
  await expect(count(page)).toContainText(`0 of ${total}`);
  await page.keyboard.press('Space');
  await expect(count(page)).toContainText(`1 of ${total}`);

  const open = page.getByRole('button', {name: 'Quick look: m5.large'});
  await open.focus();
  const outline = await open.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline, 'focus must be visible').not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#ie-detail-heading')).toBeFocused();
  await expect(page.getByTestId('pods-secondary')).toHaveText('29');
  // A desk computer has an Escape key: the hint shows.
  await expect(page.getByTestId('escape-hint')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  await expect(open).toBeFocused();

  const sortEni = page.getByRole('button', {name: /^ENIs/});
  await sortEni.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('instance-table').getByRole('columnheader', {name: /ENIs/})).toHaveAttribute('aria-sort', 'ascending');
});

test('network performance sorts by bandwidth, not alphabetically', async ({page}) => {
  await openExplorer(page);
  await page.getByRole('button', {name: /^Network performance/}).click();
  const [head, ...body] = await tableText(page);
  const perf = head!.indexOf('Network performance');
  const expected = sortRows(rows, 'perf').slice(0, PAGE_SIZE);
  expect(body.map((r) => r[0])).toEqual(expected.map((r) => r.type));
  // Alphabetical order began with "100 Gigabit"; by number the slowest come first.
  expect(body[0]![perf]).toMatch(/Low/);
});

test('on a phone the quick look does not mention the Escape key', async ({browser}) => {
  const ctx = await browser.newContext({viewport: {width: 375, height: 812}, isMobile: true, hasTouch: true});
  const page = await ctx.newPage();
  await openExplorer(page, '?type=p5.48xlarge');
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await expect(page.getByTestId('escape-hint')).toBeHidden();
  await ctx.close();
});

test('the header row and the type column stay put while the table scrolls', async ({page}) => {
  await page.setViewportSize({width: 375, height: 812});
  await openExplorer(page);
  const wrap = page.getByRole('region', {name: /Instance types table/});
  const header = page.getByTestId('instance-table').locator('thead th').first();
  const firstType = page.getByTestId('instance-table').locator('tbody th').first();
  const before = {head: (await header.boundingBox())!, type: (await firstType.boundingBox())!};
  await wrap.evaluate((el) => el.scrollTo(400, 300));
  await expect.poll(() => wrap.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect((await header.boundingBox())!.y).toBeCloseTo(before.head.y, 0);
  expect((await header.boundingBox())!.x).toBeCloseTo(before.head.x, 0);
  // A row further down now sits where the first one was, its type cell at the same left edge.
  const typeCells = page.getByTestId('instance-table').locator('tbody th');
  const xs = await typeCells.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().x)));
  expect(new Set(xs).size).toBe(1);
  expect(xs[0]).toBeCloseTo(before.type.x, 0);
});

test('with JavaScript off the table is in the page: the first 25 rows, linking to each type', async ({browser}) => {
  const ctx = await browser.newContext({javaScriptEnabled: false});
  const page = await ctx.newPage();
  await page.goto(url(PAGE));
  const table = page.getByTestId('instance-table');
  await expect(table.locator('tbody tr')).toHaveCount(PAGE_SIZE);
  const first = sortRows(rows, 'type')[0]!.type;
  await expect(table.locator('tbody tr').first().getByRole('link', {name: first})).toHaveAttribute(
    'href',
    new RegExp(`/docs/types/${first.replace('.', '\\.')}$`),
  );
  await expect(page.getByTestId('result-count')).toContainText(`${total} of ${total}`);
  // The largest figures are computed from the data, in the static HTML.
  await expect(page.getByTestId('largest-figures')).toContainText('6400 Gbps');
  // The table comes before the explanations.
  const tableY = (await table.boundingBox())!.y;
  const howY = (await page.locator('#how-to-read').boundingBox())!.y;
  expect(tableY).toBeLessThan(howY);
  await ctx.close();
});

test('the explorer loads its code on intent, not because it is in view', async ({page}) => {
  const held = await holdToolChunk(page, 'instance-explorer');
  await page.goto(url(PAGE));
  await waitForHydration(page);
  const table = page.getByTestId('instance-table');
  await table.scrollIntoViewIfNeeded();
  // Time for an IntersectionObserver to report (the other islands load this way).
  await nextFrames(page);
  await nextFrames(page);
  expect(held.requested(), 'the chunk was requested with no intent').toBe(false);
  await table.hover();
  await expect.poll(() => held.requested()).toBe(true);
  held.release();
  await expect(page.locator('[data-island="live"] [data-testid="instance-table"]')).toBeVisible();
});

test('a search typed before the code arrives is not lost', async ({page}) => {
  // Hold back the explorer's chunk: the static form must carry the search by itself.
  const held = await holdToolChunk(page, 'instance-explorer');
  await page.goto(url(PAGE));
  await waitForHydration(page);
  await expect(page.locator('[data-island="live"]')).toHaveCount(0);
  const search = page.getByLabel('Search by name');
  await search.fill('p5.');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=p5\.(&|$)/);
  held.release();
  await expect(page.locator('[data-island="live"] [data-testid="result-count"]')).toContainText(`2 of ${total}`);
  await expect(search).toHaveValue('p5.');
});

test('a shared link scrolls to the explorer and says what it restored; bad parameters are named there', async ({page}) => {
  await page.setViewportSize({width: 375, height: 812});
  await page.goto(url(`${PAGE}?q=p5&efa=1&sort=-perf&bogus=1`));
  const notice = page.getByTestId('restored-notice');
  await expect(notice).toContainText('names matching “p5”, EFA; sorted by Network performance, descending');
  await expect(notice).toBeInViewport();
  await expect(page.getByTestId('param-notice')).toBeInViewport();
  await expect(page.getByTestId('param-notice')).toContainText('“bogus”');
  // The reader's first change retires the notice.
  await page.getByLabel('Search by name').fill('p4');
  await expect(notice).toHaveCount(0);
});

test('type names open their own page', async ({page}) => {
  await openExplorer(page, '?q=p5.48xlarge');
  await page.getByTestId('instance-table').getByRole('link', {name: 'p5.48xlarge'}).click();
  await expect(page).toHaveURL(/\/docs\/types\/p5\.48xlarge$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('p5.48xlarge network limits');
  // 32 cards of 100 Gbps add up to its 3200 Gbps: the caveat must not call that sum wrong.
  await expect(page.getByTestId('multi-card-caveat')).not.toContainText('which is not the instance');
  // From one type page to another: the browser's one route for all type pages.
  await page.getByTestId('similar-types').getByRole('link', {name: 'p5.4xlarge'}).click();
  await expect(page).toHaveURL(/\/docs\/types\/p5\.4xlarge$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('p5.4xlarge network limits');
});

test("the offline search goes straight to a type's page", async ({page}) => {
  await page.goto(url('docs/overview'));
  await waitForHydration(page);
  const box = page.getByRole('searchbox').or(page.locator('input.navbar__search-input')).first();
  await box.click();
  await box.fill('p5.48xlarge');
  // The first suggestion is the type's page; Enter takes it.
  await expect(page.locator('[role="option"], .aa-suggestion').first()).toContainText('p5.48xlarge network limits');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/docs\/types\/p5\.48xlarge([?#].*)?$/);
});

test('axe finds no violations with the detail and compare panels open, in both themes', async ({page}) => {
  await openExplorer(page, '?type=p5.48xlarge&cmp=p5.48xlarge,m5.large&efa=1');
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await page.locator('details summary', {hasText: 'Columns'}).click();
  // The rest of the page is checked by sitemap.spec.ts.
  await expectAxeClean(page, '[data-island]:has([data-testid="instance-table"])');
});

test('no sideways page scrolling at 375 px with the panels open', async ({page}) => {
  await page.setViewportSize({width: 375, height: 800});
  await openExplorer(page, '?type=p5.48xlarge&cmp=p5.48xlarge,m5.large,t3.micro,c6in.32xlarge');
  await page.locator('details summary', {hasText: 'Columns'}).click();
  const {scrollWidth, clientWidth} = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test('at 1280 px no header label breaks inside a word ("Compar e"), with the default or every column', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  for (const query of ['', `?cols=${COLUMN_IDS.join(',')}`]) {
    await openExplorer(page, query);
    const broken = await page.getByTestId('instance-table').evaluate((table) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(table.querySelector('thead')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of (n.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          // A word split over two lines has boxes at two heights.
          if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(broken, query || 'default columns').toEqual([]);
  }
});

test('hostile or unknown parameters fall back to defaults with a notice, and nothing runs', async ({page}) => {
  const problems = watchConsole(page);
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const hostile =
    '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&type=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' +
    '&cmp=p5.48xlarge,evil.large&sort=constructor&minEni=-1&%3Cb%3Ebogus%3C%2Fb%3E=1';
  await openExplorer(page, hostile);
  const notice = page.getByTestId('param-notice');
  await expect(notice).toBeVisible();
  for (const name of ['q', 'type', 'cmp', 'sort', 'minEni', '<b>bogus</b>']) await expect(notice).toContainText(`“${name}”`);
  await expect(count(page)).toContainText(`${total} of ${total}`);
  await expect(page.locator('img[src="x"], script:text("alert(1)"), b:text("bogus")')).toHaveCount(0);
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  expect(dialog).toBe(false);
  expect(problems).toEqual([]);
});

/** The text of every JS and JSON file a page downloads, by URL. */
function recordScripts(page: Page): {bodies: Map<string, Promise<string>>} {
  const bodies = new Map<string, Promise<string>>();
  page.on('response', (res: Response) => {
    const u = res.url();
    // A body Chromium no longer holds (a prefetch, or a page left behind) reads as empty.
    if (/\.(js|json)(\?|$)/.test(u))
      bodies.set(
        u,
        res.text().catch(() => ''),
      );
  });
  return {bodies};
}

// The explorer page's own byte budget (300 KB of gzip JS and data) is checked by
// sitemap.spec.ts with the bench's measurement (scripts/perf/measure.ts).
test('other pages never download the explorer code or its data', async ({page, browser}) => {
  const explorer = recordScripts(page);
  await openExplorer(page);
  await page.waitForLoadState('networkidle');
  let explorerChunk = '';
  for (const [u, body] of explorer.bodies) if ((await body).includes('ie-detail-heading')) explorerChunk = u;
  expect(explorerChunk, 'the explorer chunk is loaded on its page').not.toBe('');

  const other = await browser.newPage();
  const normal = recordScripts(other);
  await other.goto(url('docs/eni'));
  await waitForHydration(other);
  await other.waitForLoadState('networkidle');
  for (const [u, body] of normal.bodies) {
    const text = await body;
    expect(text.includes('ie-detail-heading') || text.includes('"m5.24xlarge"'), `${u} holds explorer code or data`).toBe(false);
  }
  expect([...normal.bodies.keys()]).not.toContain(explorerChunk);
  await other.close();
});
