/**
 * Instance data v2 on the explorer: the Region filter (?region=), where a type
 * runs, the zone IDs compared types share, the bandwidth disagreement mark, the
 * data's age and the open dataset files. (Region-change speed is measured by
 * `npm run bench`, scripts/perf/explorerTiming.ts, not asserted under test load.)
 */
import {test, expect, type Page} from '@playwright/test';
import {url, watchConsole, waitForHydration, expectAxeClean} from './site';
import {instanceTypes, zoneRegion} from '../../src/data/instances';
import {applyFilters, explorerModel} from '../../src/lib/instanceFilter';
import {commonZoneIds} from '../../src/lib/instanceData';
import {defaultState} from '../../src/lib/urlState';

const PAGE = 'docs/reference/instance-types';
const model = explorerModel(instanceTypes, zoneRegion);
const base = defaultState(model.schema);
const total = instanceTypes.length.toLocaleString('en-US');

async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(url(`${PAGE}${query}`));
  await waitForHydration(page);
  await expect(page.getByTestId('instance-table')).toBeVisible();
}

test('?region= filters to the types offered there, and the select writes it back', async ({page}) => {
  const problems = watchConsole(page);
  const east = applyFilters(model.rows, {...base, region: 'us-east-1'}).length.toLocaleString('en-US');
  const capeTown = applyFilters(model.rows, {...base, region: 'af-south-1'}).length.toLocaleString('en-US');
  await openExplorer(page, '?region=us-east-1');
  await expect(page.getByLabel('Region', {exact: true})).toHaveValue('us-east-1');
  await expect(page.getByTestId('result-count')).toContainText(`${east} of ${total}`);
  // The Region select sits in the collapsible filter panel.
  const panel = page.getByTestId('filter-panel');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await page.getByLabel('Region', {exact: true}).selectOption('af-south-1');
  await expect(page.getByTestId('result-count')).toContainText(`${capeTown} of ${total}`);
  expect(new URL(page.url()).searchParams.get('region')).toBe('af-south-1');
  expect(problems).toEqual([]);
});

test('the detail panel lists Regions and zone IDs; compared types show the zones they share', async ({page}) => {
  const p5 = instanceTypes.find((t) => t.type === 'p5.48xlarge')!;
  const p4d = instanceTypes.find((t) => t.type === 'p4d.24xlarge')!;
  const shared = commonZoneIds([p5, p4d])!;
  await openExplorer(page, '?type=p5.48xlarge&cmp=p5.48xlarge,p4d.24xlarge');
  const details = page.getByTestId('network-details');
  const regions = new Set(p5.zoneIds!.map((z) => zoneRegion.get(z)));
  await expect(details.getByTestId('region-count')).toHaveText(String(regions.size));
  await details.getByText('Zone IDs by Region').click();
  await expect(details.getByTestId('zone-list')).toContainText(p5.zoneIds![0]!);
  const common = page.getByTestId('common-zones');
  await expect(common).toContainText(`Zone IDs offering all 2`);
  if (shared.length) await expect(common).toContainText(shared[0]!);
  await expectAxeClean(page, '[data-testid="detail-panel"]');
});

test('a disagreeing bandwidth shows both values with a mark and advice', async ({page}) => {
  await openExplorer(page, '?q=trn2.3xlarge&type=trn2.3xlarge');
  await expect(page.getByTestId('instance-table').getByTestId('bw-disagreement')).toHaveText('≠ docs 200');
  await expect(page.getByTestId('bw-advice')).toContainText('gives 50 Gbps baseline');
  await expect(page.getByTestId('bw-advice')).toContainText('200 Gbps');
  await expect(page.getByTestId('disagreement-list').locator('li')).toHaveCount(9);
});

test('the data age and the changes since the previous import are shown; the dataset downloads', async ({page, request}) => {
  await openExplorer(page);
  await expect(page.getByTestId('data-age')).toContainText(/DescribeInstanceTypes as of 2026-08-02, \d+ months? old/);
  await expect(page.getByTestId('import-changes')).toBeVisible();
  const json = await (await request.get(url('data/instance-types.json'))).json();
  expect(json.licence).toBe('Apache-2.0');
  expect(json.types.filter((r: {source: string}) => r.source === 'api').length).toBe(instanceTypes.length);
  const csv = await (await request.get(url('data/instance-types.csv'))).text();
  expect(csv.trimEnd().split('\r\n').length).toBe(json.types.length + 1);
});
