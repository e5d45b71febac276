/**
 * /docs/tools/diagnose: the NCCL / EFA log reader and the counter deltas.
 * Real fixtures (tests/fixtures/nccl) give the right data-verdict, hostile
 * pastes inject nothing, the paste never reaches the URL, and what the reader
 * does before the tool's code arrives is not lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect, type Page} from '@playwright/test';
import {activateIslands, url, waitForHydration, watchConsole, expectAxeClean} from './site';
import {holdToolChunk} from './tools';
import {nextFrames} from '../../scripts/perf/measure';

const PAGE = 'docs/tools/diagnose';
const FIXTURES = path.resolve(__dirname, '../fixtures/nccl');
const fixture = (f: string) => fs.readFileSync(path.join(FIXTURES, f), 'utf8');
const tool = (page: Page) => page.getByTestId('diagnose');
const verdict = (page: Page) => tool(page).locator('[data-section="log"] [data-verdict]');
const logBox = (page: Page) => page.getByLabel('NCCL_DEBUG=INFO output, Libfabric warnings or fi_info output');

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(url(`${PAGE}${query}`));
  await waitForHydration(page);
  await activateIslands(page);
  await expect(tool(page)).toHaveAttribute('data-ready', 'true');
}

test('without JavaScript: the example answer, the options form and the explanations are in the HTML', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(url(PAGE));
  await expect(page.locator('h1')).toHaveText('Diagnose NCCL on EFA and network counters');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'not-efa');
  await expect(tool(page).locator('form[method="get"] input[name="section"]')).toHaveCount(2);
  await expect(tool(page).locator('form[method="get"] input[name="secs"]')).toHaveCount(1);
  // The paste is never a form field: no text area has a name.
  await expect(page.locator('textarea[name]')).toHaveCount(0);
  for (const id of ['privacy', 'log-reader', 'verdicts', 'efa-errors', 'counter-deltas', 'efa-counters', 'sources']) {
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('#efa-error-4126')).toContainText('handshake');
  await expect(page.getByTestId('counter-table-efa')).toContainText('unresponsive_remote_events');
  await context.close();
});

const CASES: [string, string][] = [
  ['aws-ofi-nccl-715-init-failed.txt', 'not-efa'],
  ['aws-ofi-nccl-104-p3dn-no-gdr.txt', 'efa-no-gdr'],
  ['libfabric-12708-extra-verbs.txt', 'efa-unavailable'],
  ['awsome-distributed-ai-647-4112.txt', 'efa-error'],
  ['libfabric-5689-fi-info-ok.txt', 'fi-info-ok'],
];

test('real pastes give the right verdict, quote the lines, and stay out of the URL', async ({page}) => {
  const problems = watchConsole(page);
  await open(page);
  for (const [file, expected] of CASES) {
    await logBox(page).fill(fixture(file));
    await expect(verdict(page)).toHaveAttribute('data-verdict', expected);
  }
  await logBox(page).fill(fixture('aws-ofi-nccl-715-init-failed.txt'));
  const decisive = tool(page).locator('[data-kind="decisive"]').first();
  await expect(decisive).toContainText('line 6');
  await expect(decisive).toContainText('Using network Socket');
  await expect(tool(page).locator('[data-cause]').first()).toHaveAttribute('data-cause', 'plugin-failed');
  expect(new URL(page.url()).search).toBe('');
  expect(problems).toEqual([]);
});

test('hostile pastes: markup stays text, binary gets a clear message, nothing is injected', async ({page}) => {
  const problems = watchConsole(page);
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await open(page);
  const evil = '<img src=x onerror=alert(1)><script>alert(1)</script> NCCL INFO Using network Socket';
  await logBox(page).fill(evil);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'not-efa');
  await expect(tool(page).locator('[data-kind="decisive"] code').first()).toHaveText(evil);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((s) => s.filter((x) => x.textContent?.includes('alert(1)')).length)).toBe(0);

  let junk = '';
  for (let i = 0; i < 30_000; i++) junk += String.fromCharCode((i * 7919) % 256 || 1);
  await logBox(page).fill(junk);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'unknown');
  await expect(tool(page).getByRole('alert')).toContainText('binary');
  // Two frames: anything the paste could have set off has run.
  await nextFrames(page);
  expect(dialogs).toEqual([]);
  expect(new URL(page.url()).search).toBe('');
  expect(problems).toEqual([]);
});

test('counter snapshots: rates explained, section and seconds in the URL, snapshots not', async ({page}) => {
  const problems = watchConsole(page);
  await open(page);
  await tool(page).getByLabel('Counter snapshots (ethtool -S or EFA)').check();
  await tool(page).getByRole('button', {name: 'Example: two ethtool -S snapshots'}).click();
  const report = tool(page).getByTestId('delta-report');
  await expect(report).toContainText('Packets per second allowance exceeded 1,200 times a second');
  await tool(page).getByLabel('Seconds between the snapshots').fill('120');
  await expect(report).toContainText('600 times a second');
  expect(new URL(page.url()).search).toBe('?section=counters&secs=120');
  await expect(page.getByLabel('First snapshot (before)')).toHaveValue(/pps_allowance_exceeded: 120/);
  expect(problems).toEqual([]);
});

test('a paste and an option chosen before the code arrives are not lost', async ({page}) => {
  const held = await holdToolChunk(page, 'diagnose');
  await page.goto(url(PAGE));
  await waitForHydration(page);
  const island = tool(page).locator('xpath=ancestor::*[@data-island][1]');
  await expect(island).toHaveAttribute('data-island', 'static');
  // Paste into the server-rendered text area while the code is held back.
  await logBox(page).fill(fixture('aws-ofi-nccl-104-p3dn-no-gdr.txt'));
  await expect.poll(held.requested).toBe(true);
  await expect(island).toHaveAttribute('data-island', 'static');
  held.release();
  await expect(island).toHaveAttribute('data-island', 'live');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'efa-no-gdr');
  await expect(logBox(page)).toHaveValue(/via NET\/AWS Libfabric\/0/);
  expect(new URL(page.url()).search).toBe('');
});

test('choosing a section and submitting before the code arrives reloads with the choice in the URL', async ({page}) => {
  const held = await holdToolChunk(page, 'diagnose');
  await page.goto(url(PAGE));
  await waitForHydration(page);
  await tool(page).getByLabel('Counter snapshots (ethtool -S or EFA)').check();
  await tool(page).getByRole('button', {name: 'Apply'}).click();
  await page.waitForURL(/section=counters/);
  held.release();
  await waitForHydration(page);
  await expect(tool(page)).toHaveAttribute('data-ready', 'true');
  await expect(tool(page).locator('[data-section="counters"]')).toBeVisible();
  await expect(tool(page).locator('[data-section="log"]')).toBeHidden();
  expect(new URL(page.url()).searchParams.get('section')).toBe('counters');
});

test('passes axe in both themes and does not scroll sideways at 375 px', async ({page}) => {
  await page.setViewportSize({width: 375, height: 800});
  await open(page);
  await logBox(page).fill(fixture('aws-ofi-nccl-715-init-failed.txt'));
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'not-efa');
  await expectAxeClean(page, '[data-testid="diagnose"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
