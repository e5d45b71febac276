/**
 * The EKS pod and IP planner (/docs/tools/eks-ip-planner): the default plan
 * without JavaScript, URL state both ways, a choice made before the code has
 * arrived, bad and hostile input, accessibility in both themes, 375 px.
 */
import {test, expect, type Page} from '@playwright/test';
import {url, watchConsole, expectAxeClean} from './site';
import {expectNothingInjected, expectQuietGoLive, islandOf, openHeld, openTool, watchHostile} from './tools';

const PAGE = 'docs/tools/eks-ip-planner';
const planner = (page: Page) => page.getByTestId('eks-planner');
const maxPods = (page: Page) => page.getByTestId('planner-max-pods');

/** Open the page and wait until the live planner has read the URL. */
async function open(page: Page, query = ''): Promise<void> {
  // The URL's state may wake the planner while the test reaches for it: openTool copes with that swap.
  await openTool(page, `${PAGE}${query}`, ['eks-planner']);
}

test('without JavaScript: the default plan, its working and the form', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(url(PAGE));
  await expect(maxPods(page)).toHaveText('29');
  await expect(planner(page).getByRole('heading', {level: 2}).first()).toContainText('m5.large');
  await expect(
    planner(page)
      .getByText(/3 ENIs × \(10 IPv4 per ENI − 1\) \+ 2 = 29/)
      .first(),
  ).toBeVisible();
  await expect(planner(page).getByRole('button', {name: 'Plan'})).toBeVisible();
  await context.close();
});

test('the URL opens a plan, and each change is written back to it', async ({page}) => {
  const problems = watchConsole(page);
  await open(page, '?type=p5.48xlarge&nodes=100&mode=prefix');
  await expect(maxPods(page)).toHaveText('250');
  await planner(page).getByLabel('Secondary IPs (default)').check();
  await expect(maxPods(page)).toHaveText('100');
  expect(new URL(page.url()).search).toBe('?type=p5.48xlarge&nodes=100');
  await planner(page).getByLabel('Instance type').fill('t3.small');
  await expect(maxPods(page)).toHaveText('11');
  await expect(planner(page).getByTestId('planner-group-addresses')).toHaveText('1,200');
  expect(problems).toEqual([]);
});

test('goes live without moving anything on the page', async ({page}) => {
  await expectQuietGoLive(page, PAGE, 'eks-ip-planner', planner(page));
});

test('a choice made before the code has arrived is kept when the planner goes live', async ({page}) => {
  const release = await openHeld(page, PAGE, 'eks-ip-planner');
  await planner(page).scrollIntoViewIfNeeded();
  await expect(islandOf(planner(page))).toHaveAttribute('data-island', 'static');
  await planner(page).getByLabel('Prefix delegation').check();
  release();
  await expect(islandOf(planner(page))).toHaveAttribute('data-island', 'live');
  await expect(maxPods(page)).toHaveText('110');
  await expect.poll(() => new URL(page.url()).search).toContain('mode=prefix');
});

test('pressing Plan before the code has arrived reloads the page with the choice', async ({page}) => {
  const release = await openHeld(page, PAGE, 'eks-ip-planner');
  await planner(page).scrollIntoViewIfNeeded();
  await planner(page).getByLabel('Custom networking').check();
  await planner(page).getByRole('button', {name: 'Plan'}).click();
  await expect(page).toHaveURL(/mode=custom/);
  release();
  await expect(maxPods(page)).toHaveText('20');
});

test('unknown types and impossible settings: a visible notice and a safe plan', async ({page}) => {
  await open(page, '?type=zz9.huge&mode=prefix&warmprefix=0');
  const notices = planner(page).getByTestId('planner-notices');
  await expect(notices).toContainText('“zz9.huge” is not in the DescribeInstanceTypes data');
  await expect(notices).toContainText('not supported with prefix delegation');
  await expect(maxPods(page)).toHaveText('110');
  await open(page, '?type=m4.large&mode=ipv6');
  await expect(notices).toContainText('not Nitro-based');
  await expect(maxPods(page)).toHaveText('20');
});

test('hostile query strings inject nothing and fall back to defaults', async ({page}) => {
  const {problems, dialogs} = watchHostile(page);
  const q = `?type=${encodeURIComponent('<img src=x onerror=alert(1)>')}&nodes=${encodeURIComponent('"><script>alert(1)</script>')}&mode=javascript:alert(1)&pods=-3`;
  await open(page, q);
  await expect(planner(page).getByTestId('param-notice')).toContainText('Ignored 4 link parameters');
  await expect(maxPods(page)).toHaveText('29');
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
});

test('axe: no violations with every section open, in both themes', async ({page}) => {
  await open(page, '?type=c5.18xlarge&mode=prefix&warmip=2&minip=20&sgp=3&multinic=1');
  await expectAxeClean(page, '[data-testid="eks-planner"]');
});

test('375 px: no sideways scrolling, the figures stay readable', async ({page}) => {
  await page.setViewportSize({width: 375, height: 812});
  await open(page, '?type=p5.48xlarge&mode=custom&sgp=3');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const size = await maxPods(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(14);
});
