/**
 * The decision helper on /docs/choose: answers in the
 * URL, copy link and start over, keyboard use, accessibility, hostile input.
 */
import {test, expect, type Page} from '@playwright/test';
import {url, watchConsole, expectAxeClean} from './site';
import {HOSTILE_QUERIES, expectNothingInjected, expectQuietGoLive, islandOf, openHeld, openTool, tabCoverage, tabTo, watchHostile} from './tools';

const PAGE = 'docs/choose';
const helper = (page: Page) => page.getByTestId('decision').first();
const outcome = (page: Page) => helper(page).locator('[data-outcome]');
const question = (page: Page, text: string) => helper(page).getByRole('group', {name: text});
const query = (page: Page) => new URL(page.url()).search;

async function answerMlOnP5(page: Page) {
  await question(page, 'What will the instances mostly do?').getByLabel('Distributed machine-learning').check();
  await question(page, 'How does your software talk').getByLabel('NCCL').check();
  await question(page, 'Which operating system?').getByLabel('Linux').check();
  await question(page, 'Do you already know your instance type').getByLabel('several network cards').check();
  await question(page, 'Do you also need any of these?').getByLabel('management network').check();
}

test('without JavaScript: the questions and a summary of the rules', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(url(PAGE));
  await expect(helper(page).getByRole('group')).toHaveCount(5);
  await expect(helper(page).getByText('How the helper decides')).toBeVisible();
  // (Playwright's text locators skip <noscript>; innerText shows what is rendered.)
  expect(await helper(page).innerText()).toContain('Turn on JavaScript to get a recommendation');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'none');
  await context.close();
});

test('answers change the recommendation, its caveats and the URL', async ({page}) => {
  const problems = watchConsole(page);
  await openTool(page, PAGE, ['decision']);
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'none');
  await answerMlOnP5(page);
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'efa-only');
  const caveats = helper(page).locator('[data-caveat]');
  for (const id of ['same-subnet', 'sg-self-rule', 'no-hot-attach', 'needs-libfabric', 'efa-only-rules', 'same-az']) {
    await expect(caveats.filter({has: page.locator(`xpath=self::*[@data-caveat="${id}"]`)})).toHaveCount(1);
  }
  await expect(helper(page).getByRole('link', {name: 'EFA security group'})).toHaveAttribute('href', /\/docs\/efa#security-group$/);
  expect(query(page)).toBe('?workload=ml&software=nccl&os=linux&type=efa-multi&needs=mgmt');
  await question(page, 'Which operating system?').getByLabel('Windows').check();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'eni');
  await expect(helper(page).locator('[data-caveat="windows-ena"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('state is restored when the page is opened from a copied link', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = watchConsole(page);
  await openTool(page, PAGE, ['decision']);
  await answerMlOnP5(page);
  await helper(page).getByRole('button', {name: 'Copy link'}).click();
  await expect(helper(page).getByTestId('copy-status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?workload=ml&software=nccl&os=linux&type=efa-multi&needs=mgmt');

  const second = await context.newPage();
  const problems2 = watchConsole(second);
  await second.goto(copied);
  await expect(helper(second)).toHaveAttribute('data-ready', 'true');
  await expect(outcome(second)).toHaveAttribute('data-outcome', 'efa-only');
  await expect(question(second, 'How does your software talk').getByLabel('NCCL')).toBeChecked();
  await expect(question(second, 'Do you also need any of these?').getByLabel('management network')).toBeChecked();
  expect([...problems, ...problems2]).toEqual([]);
});

for (const mode of ['unavailable', 'denied'] as const) {
  test(`copy link with the clipboard ${mode}: a fallback field, no console error`, async ({page}) => {
    await page.addInitScript((m) => {
      if (m === 'unavailable') Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});
      else navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    }, mode);
    const problems = watchConsole(page);
    await openTool(page, `${PAGE}?workload=hpc&software=mpi`, ['decision']);
    await helper(page).getByRole('button', {name: 'Copy link'}).click();
    const field = helper(page).getByTestId('copy-fallback');
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(/\/docs\/choose\?workload=hpc&software=mpi$/);
    await expect(field).toBeFocused();
    expect(problems).toEqual([]);
  });
}

test('start over goes back to the defaults and clears the URL', async ({page}) => {
  await openTool(page, `${PAGE}?workload=hpc&software=mpi&os=linux&type=efa-single`, ['decision']);
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'efa');
  await helper(page).getByRole('button', {name: 'Start over'}).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'none');
  expect(query(page)).toBe('');
  await expect(question(page, 'What will the instances mostly do?').getByRole('radio', {checked: true})).toHaveCount(0);
});

test('keyboard only: Tab reaches every control, Space, Enter and arrows operate them', async ({page}) => {
  const problems = watchConsole(page);
  await openTool(page, PAGE, ['decision']);
  const start = page.locator('a.hash-link[href="#decide"]');
  const coverage = await tabCoverage(page, start, helper(page));
  expect(coverage.missed).toEqual([]);

  await start.focus();
  // Radio groups: Tab reaches the group, arrow keys choose (the standard radio pattern).
  await tabTo(page, question(page, 'What will the instances mostly do?').getByLabel('General work'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(question(page, 'What will the instances mostly do?').getByLabel('Tightly coupled HPC')).toBeChecked();
  await tabTo(page, question(page, 'How does your software talk').getByLabel('Ordinary TCP/UDP'));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, question(page, 'Which operating system?').getByLabel('Linux'));
  await page.keyboard.press('Space');
  await tabTo(page, question(page, 'Do you already know your instance type').getByLabel('Not sure yet'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'efa');
  const mgmt = question(page, 'Do you also need any of these?').getByLabel('management network');
  await tabTo(page, mgmt);
  await page.keyboard.press('Space');
  await expect(mgmt).toBeChecked();
  expect(query(page)).toBe('?workload=hpc&software=mpi&os=linux&type=efa-single&needs=mgmt');
  await tabTo(page, helper(page).getByRole('button', {name: 'Start over'}));
  await page.keyboard.press('Enter');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'none');
  expect(query(page)).toBe('');
  expect(problems).toEqual([]);
});

test('axe: zero violations with answers chosen, an instance type looked up and the copy fallback shown, light and dark', async ({page}) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true}));
  const problems = watchConsole(page);
  await openTool(page, `${PAGE}?workload=ml&software=nccl&os=windows&type=efa-multi&needs=ips,mgmt&itype=p5.48xlarge`, ['decision']);
  await expect(helper(page).getByTestId('decision-itype-result')).toContainText('p5.48xlarge: EFA yes');
  await helper(page).getByRole('button', {name: 'Copy link'}).click();
  await expect(helper(page).getByTestId('copy-fallback')).toBeVisible();
  await expectAxeClean(page, '[data-testid="decision"]');
  expect(problems).toEqual([]);
});

test('instance type field: p5.48xlarge is looked up, changes the recommendation and sets ?itype', async ({page}) => {
  const problems = watchConsole(page);
  await openTool(page, `${PAGE}?workload=hpc&software=mpi&os=linux`, ['decision']);
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'efa');
  await expect(helper(page).locator('[data-caveat="pick-efa-type"]')).toHaveCount(1);
  const field = question(page, 'Do you already know your instance type').getByLabel('Instance type, if you know it');
  await expect(field).toHaveAttribute('aria-describedby', /-result$/);
  await field.fill('p5.48xlarge');
  const found = helper(page).getByTestId('decision-itype-result');
  await expect(found).toHaveText(
    /^p5\.48xlarge: EFA yes, up to 32 EFAs on 32 network cards, ENA required \(DescribeInstanceTypes data as of \d{4}-\d{2}-\d{2}\)$/,
  );
  await expect(found).toHaveAttribute('aria-live', 'polite');
  // The instance-type question agrees with the looked-up type.
  await expect(question(page, 'Do you already know your instance type').getByLabel('several network cards')).toBeChecked();
  await expect(question(page, 'Do you already know your instance type').getByLabel('Not sure yet')).not.toBeChecked();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'efa-only');
  await expect(helper(page).locator('[data-caveat="efa-only-rules"]')).toHaveCount(1);
  await expect(helper(page).locator('[data-caveat="pick-efa-type"]')).toHaveCount(0);
  expect(query(page)).toBe('?workload=hpc&software=mpi&os=linux&itype=p5.48xlarge');

  await field.fill('p5.96xlarge');
  await expect(found).toContainText('“p5.96xlarge” is not in the DescribeInstanceTypes data');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'efa');

  await helper(page).getByRole('button', {name: 'Start over'}).click();
  await expect(field).toHaveValue('');
  await expect(found).toHaveText('');
  expect(query(page)).toBe('');
  expect(problems).toEqual([]);
});

test('instance type from the URL: ?itype=t2.micro shows the ENA-unsupported caveat', async ({page}) => {
  const problems = watchConsole(page);
  await openTool(page, `${PAGE}?workload=general&software=sockets&os=linux&itype=t2.micro`, ['decision']);
  await expect(question(page, 'Do you already know your instance type').getByLabel('Instance type, if you know it')).toHaveValue('t2.micro');
  await expect(helper(page).getByTestId('decision-itype-result')).toContainText('t2.micro: EFA no, 1 network card, ENA unsupported');
  await expect(helper(page).locator('[data-caveat="ena-unsupported"]')).toBeVisible();
  await expect(helper(page).getByTestId('param-notice')).toBeHidden();
  expect(problems).toEqual([]);
});

for (const width of [375, 768, 1280]) {
  test(`instance type: the found message fits the space reserved for it at ${width} px (no layout shift)`, async ({page}) => {
    await page.setViewportSize({width, height: 800});
    await openTool(page, `${PAGE}?itype=p5.48xlarge`, ['decision']);
    const result = helper(page).getByTestId('decision-itype-result');
    await expect(result).toContainText('p5.48xlarge: EFA yes');
    const {height, reserved} = await result.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      reserved: parseFloat(getComputedStyle(el).minHeight),
    }));
    expect(reserved).toBeGreaterThan(0);
    expect(height).toBeLessThanOrEqual(reserved + 0.5);
  });
}

test('instance type: a hostile itype is ignored with a notice', async ({page}) => {
  const {problems, dialogs} = watchHostile(page);
  await openTool(page, `${PAGE}?workload=hpc&itype=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, ['decision']);
  const notice = helper(page).getByTestId('param-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“itype”');
  await expect(question(page, 'Do you already know your instance type').getByLabel('Instance type, if you know it')).toHaveValue('');
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
});

for (const h of HOSTILE_QUERIES) {
  test(`hostile parameters (${h.name}): defaults, a notice, nothing injected`, async ({page}) => {
    const {problems, dialogs} = watchHostile(page);
    await openTool(page, `${PAGE}${h.query}`, ['decision']);
    await expect(outcome(page)).toHaveAttribute('data-outcome', 'none');
    const notice = helper(page).getByTestId('param-notice');
    await expect(notice).toBeVisible();
    // Only the helper is on /docs/choose, so the table's keys are unknown here too.
    for (const name of h.names) await expect(notice).toContainText(`“${name}”`);
    await expectNothingInjected(page);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('nothing is chosen at first: the helper names the questions to answer, not a guess', async ({page}) => {
  await openTool(page, PAGE, ['decision']);
  await expect(helper(page).getByRole('radio', {checked: true})).toHaveCount(0);
  await expect(outcome(page)).toHaveText(/^Answer “What will the instances mostly do\?”, “How does your software talk/);
  await expect(outcome(page)).not.toContainText('ENA');
  await question(page, 'What will the instances mostly do?').getByLabel('General work').check();
  await question(page, 'How does your software talk').getByLabel('Ordinary TCP/UDP').check();
  await expect(outcome(page)).toHaveText('Answer “Which operating system?” to get a recommendation.');
  await question(page, 'Which operating system?').getByLabel('Linux').check();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'ena');
});

test('choosing the instance-type answer by hand replaces a looked-up type, so the two never disagree', async ({page}) => {
  await openTool(page, `${PAGE}?workload=hpc&software=mpi&os=linux&itype=p5.48xlarge`, ['decision']);
  const q = question(page, 'Do you already know your instance type');
  await expect(q.getByLabel('several network cards')).toBeChecked();
  await q.getByLabel('it does not support EFA').check();
  await expect(q.getByLabel('Instance type, if you know it')).toHaveValue('');
  await expect(q.getByLabel('it does not support EFA')).toBeChecked();
  await expect(helper(page).getByTestId('decision-itype-result')).toHaveText('');
  expect(query(page)).toBe('?workload=hpc&software=mpi&os=linux&type=no-efa');
});

for (const [width, height] of [
  [1280, 800],
  [375, 812],
] as const) {
  test(`the recommendation is on screen while answering the first question at ${width} px`, async ({page}) => {
    await page.setViewportSize({width, height});
    await openTool(page, PAGE, ['decision']);
    const first = question(page, 'What will the instances mostly do?');
    await first.getByLabel('Tightly coupled HPC').scrollIntoViewIfNeeded();
    await first.getByLabel('Tightly coupled HPC').check();
    for (const q of [question(page, 'Which operating system?'), question(page, 'Do you also need any of these?')]) {
      await q.scrollIntoViewIfNeeded();
      const box = (await outcome(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
  });
}

test('goes live without moving anything on the page', async ({page}) => {
  await expectQuietGoLive(page, PAGE, 'decision-helper', helper(page));
});

test('answers and a typed instance type entered before the code arrives are kept', async ({page}) => {
  const problems = watchConsole(page);
  const release = await openHeld(page, PAGE, 'decision-helper');
  await expect(islandOf(helper(page))).toHaveAttribute('data-island', 'static');
  await question(page, 'What will the instances mostly do?').getByLabel('Tightly coupled HPC').check();
  await question(page, 'How does your software talk').getByLabel('MPI').check();
  await question(page, 'Which operating system?').getByLabel('Linux').check();
  const field = question(page, 'Do you already know your instance type').getByLabel('Instance type, if you know it');
  await field.fill('p5.48xlarge');
  release();
  await expect(islandOf(helper(page))).toHaveAttribute('data-island', 'live');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'efa-only');
  await expect(field).toHaveValue('p5.48xlarge');
  await expect(field).toBeFocused();
  await expect.poll(() => query(page)).toBe('?workload=hpc&software=mpi&os=linux&itype=p5.48xlarge');
  expect(problems).toEqual([]);
});

test('without JavaScript the form submits its answers as the URL parameters the live helper reads', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(url(PAGE));
  await question(page, 'What will the instances mostly do?').getByLabel('Tightly coupled HPC').check();
  await question(page, 'Do you also need any of these?').getByLabel('management network').check();
  await question(page, 'Do you also need any of these?').getByLabel('Many IP addresses').check();
  await helper(page).getByRole('button', {name: 'Show recommendation'}).click();
  await expect(page).toHaveURL(/\?workload=hpc&itype=&needs=ips&needs=mgmt$/);
  await context.close();
});
