/**
 * How-to guides, the allowance-counter explainer and the knowledge check.
 */
import {test, expect, type Page} from '@playwright/test';
import {url, watchConsole, waitForHydration, activateIslands, expectAxeClean} from './site';

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(url(path));
  expect(response?.status()).toBe(200);
  await waitForHydration(page);
  await activateIslands(page);
}

test.describe('infrastructure-as-code tabs', () => {
  test('the chosen tool sticks across guide pages', async ({page}) => {
    const problems = watchConsole(page);
    await open(page, 'docs/guides/efa-cluster');
    const terraform = page.getByRole('tab', {name: 'Terraform (HCL)'}).first();
    await expect(page.getByRole('tab', {name: 'AWS CLI'}).first()).toHaveAttribute('aria-selected', 'true');
    await terraform.click();
    await expect(terraform).toHaveAttribute('aria-selected', 'true');
    // Every tab group on the page follows.
    const selected = page.locator('[role="tab"][aria-selected="true"]');
    await expect(selected.first()).toHaveText('Terraform (HCL)');
    expect(new Set(await selected.allInnerTexts())).toEqual(new Set(['Terraform (HCL)']));

    await open(page, 'docs/guides/ena-express');
    await expect(page.getByRole('tab', {name: 'Terraform (HCL)'}).first()).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[role="tabpanel"]:not([hidden])').first()).toContainText('aws_launch_template');

    await open(page, 'docs/guides/attach-eni');
    await expect(page.getByRole('tab', {name: 'Terraform (HCL)'}).first()).toHaveAttribute('aria-selected', 'true');
    expect(problems).toEqual([]);
  });

  test('tabs work with the keyboard', async ({page}) => {
    await open(page, 'docs/guides/ena-express');
    const cli = page.getByRole('tab', {name: 'AWS CLI'}).first();
    await cli.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', {name: 'CloudFormation (YAML)'}).first()).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('allowance-counter explainer', () => {
  const PASTE = [
    'NIC statistics:',
    '     tx_timeout: 0',
    '     bw_in_allowance_exceeded: 0',
    '     bw_out_allowance_exceeded: 0',
    '     pps_allowance_exceeded: 4096',
    '     conntrack_allowance_exceeded: 12',
    '     linklocal_allowance_exceeded: 0',
    '     conntrack_allowance_available: 880',
    '     ena_srd_mode: 3',
    '     ena_srd_tx_pkts: 500',
    '     ena_srd_eligible_tx_pkts: 1000',
  ].join('\n');

  test('explains pasted output, handles garbage, and never injects HTML', async ({page}) => {
    const problems = watchConsole(page);
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await open(page, 'docs/guides/troubleshooting');
    const box = page.getByLabel('Output of ethtool -S');
    const explain = page.getByRole('button', {name: 'Explain counters'});
    const result = page.getByTestId('allowance-result');

    // The server-rendered example is there before any input.
    await expect(result).toContainText('Example');
    await expect(result).toContainText('bw_out_allowance_exceeded');

    await box.fill(PASTE);
    await explain.click();
    await expect(result).toContainText('2 allowance counters show drops');
    const items = result.locator('li');
    await expect(items).toHaveCount(6);
    await expect(items.nth(0)).toContainText('pps_allowance_exceeded = 4096');
    await expect(items.nth(0)).toContainText('Needs attention');
    await expect(items.nth(1)).toContainText('conntrack_allowance_exceeded = 12');
    await expect(items.nth(2)).toContainText('conntrack_allowance_available = 880');
    await expect(items.nth(3)).toContainText('on for TCP and UDP');
    await expect(result).toContainText('50% of the eligible packets were sent over SRD');
    await expect(result).not.toContainText('bw_in_allowance_exceeded =');
    await expectAxeClean(page, 'main');

    await box.fill('this is not ethtool output');
    await explain.click();
    await expect(result.getByRole('alert')).toContainText('does not look like ethtool -S output');

    const payload = '<img src=x onerror=alert(1)>';
    await box.fill(payload);
    await explain.click();
    await expect(result.getByRole('alert')).toContainText('does not look like ethtool -S output');
    await expect(page.locator('main img[src="x"]')).toHaveCount(0);
    // No <img> in the DOM means no onerror can fire later: no need to wait for a dialog.
    expect(await result.innerHTML()).not.toContain('<img');
    expect(dialogs).toBe(0);

    // Keyboard: the example button and the form work without a mouse.
    await page.getByRole('button', {name: 'Use the example'}).focus();
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue(/bw_out_allowance_exceeded: 1842/);
    await expect(result).toContainText('bw_out_allowance_exceeded = 1842');
    expect(problems).toEqual([]);
  });
});

test.describe('knowledge check', () => {
  test('answers with the keyboard, keeps progress across a reload, and resets', async ({page}) => {
    const problems = watchConsole(page);
    await open(page, 'docs/quiz');
    await page.evaluate(() => window.localStorage.removeItem('ec2ni.quiz.v1'));
    await page.reload();
    await waitForHydration(page);
    await activateIslands(page);

    const progress = page.getByTestId('quiz-progress');
    await expect(progress).toContainText('Answered 0 of');
    const q1 = page.locator('#quiz-eni-failover-mac');
    const status = q1.getByTestId('quiz-status');
    await expect(status).toHaveText('Not answered yet.');

    // Keyboard only: focus option A, arrow to B, tab to the button, press Enter.
    await q1.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(q1.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(q1.getByRole('button', {name: 'Check answer'})).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Your answer B is correct.');
    await expect(progress).toContainText('Answered 1 of');
    await expect(progress).toContainText('1 correct');
    await expect(q1.locator('details')).toHaveAttribute('open', '');

    // A wrong answer on another question.
    const q2 = page.locator('#quiz-eni-other-az');
    await q2.getByRole('radio').first().check();
    await q2.getByRole('button', {name: 'Check answer'}).click();
    await expect(q2.getByTestId('quiz-status')).toHaveText('Your answer A is not correct.');
    await expectAxeClean(page, 'main');

    await page.reload();
    await waitForHydration(page);
    await activateIslands(page);
    await expect(progress).toContainText('Answered 2 of');
    await expect(progress).toContainText('1 correct');
    await expect(status).toHaveText('Your answer B is correct.');
    await expect(q1.getByRole('radio').nth(1)).toBeChecked();

    await page.getByRole('button', {name: 'Reset progress'}).focus();
    await page.keyboard.press('Enter');
    await expect(progress).toContainText('Answered 0 of');
    await expect(status).toHaveText('Not answered yet.');
    await expect(q1.getByRole('radio').nth(1)).not.toBeChecked();
    await page.reload();
    await waitForHydration(page);
    await activateIslands(page);
    await expect(progress).toContainText('Answered 0 of');
    expect(await page.evaluate(() => window.localStorage.getItem('ec2ni.quiz.v1'))).toBeNull();
    expect(problems).toEqual([]);
  });

  test('ignores corrupted saved progress', async ({page}) => {
    const problems = watchConsole(page);
    await open(page, 'docs/quiz');
    await page.evaluate(() => window.localStorage.setItem('ec2ni.quiz.v1', '{"eni-failover-mac": ["<b>x</b>"], bad json'));
    await page.reload();
    await waitForHydration(page);
    await activateIslands(page);
    await expect(page.getByTestId('quiz-progress')).toContainText('Answered 0 of');
    expect(problems).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});
    test('questions, answers and explanations are readable', async ({page}) => {
      await page.goto(url('docs/quiz'));
      const questions = page.locator('main li[id^="quiz-"]');
      expect(await questions.count()).toBeGreaterThanOrEqual(20);
      const first = questions.first();
      await first.locator('summary').click();
      await expect(first.locator('details')).toContainText('Correct answer: B.');
      await expect(first.locator('details a[href*="/docs/eni#failover"]')).toHaveCount(1);
    });
  });
});

test.describe('client-side navigation', () => {
  test('the lazily loaded widgets render after navigating inside the site', async ({page}) => {
    const problems = watchConsole(page);
    await open(page, 'docs/guides/enable-ena');
    await page.locator('article a[href$="/docs/guides/troubleshooting#ena-required"]').first().click();
    await expect(page.getByRole('button', {name: 'Explain counters'})).toBeVisible();
    await page.locator('nav a[href$="/docs/quiz"]').first().click();
    await expect(page.getByTestId('quiz-progress')).toContainText('Answered');
    expect(problems).toEqual([]);
  });
});
