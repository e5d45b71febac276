/**
 * Measure the explorer in a build: first-load JS + data bytes (gzip, as the
 * bench counts them) and the median time of 24 filter / sort / Region changes.
 *
 *   tsx scripts/perf/explorer-measure.ts [build dir] [port]
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumLaunchOptions, measurePage} from './measure';
import {summarise} from '../lib/perf';

const dir = path.resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4397);
const origin = `http://127.0.0.1:${port}`;
const PAGE = 'docs/reference/instance-types';

async function main(): Promise<void> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--quiet', '--dir', dir, '--port', String(port), '--base', '/'], {stdio: 'inherit'});
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${origin}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const m = await measurePage(browser, `${origin}/${PAGE}`);
      const s = summarise(PAGE, m.requests, [m.clsDesktop, m.clsMobile]);
      console.log(`first load: JS ${s.jsBytes} B + data ${s.dataBytes} B = ${s.jsBytes + s.dataBytes} B gzip; CLS ${s.cls.toFixed(3)}; ${s.requests} requests`);
      const page = await browser.newPage();
      await page.goto(`${origin}/${PAGE}`);
      await page.locator('[data-testid="instance-table"]').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="instance-explorer"]') !== null);
      await page.waitForTimeout(1500);
      const result = await page.evaluate(async () => {
        const root = document.querySelector('[data-testid="instance-explorer"]')!;
        const efa = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).find(
          (el) => el.parentElement?.textContent?.trim() === 'EFA',
        );
        const sortBtn = (l: string) => Array.from(document.querySelectorAll<HTMLButtonElement>('thead button')).find((b) => b.textContent?.startsWith(l));
        const region = document.querySelector<HTMLSelectElement>('#ie-region');
        const time = async (act: () => void): Promise<number> => {
          await new Promise((r) => setTimeout(r, 30));
          const changed = new Promise<void>((resolve) => {
            const obs = new MutationObserver(() => {
              obs.disconnect();
              resolve();
            });
            obs.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
          });
          const t0 = performance.now();
          act();
          await changed;
          void document.body.offsetHeight;
          return performance.now() - t0;
        };
        const med = (v: number[]) => {
          const s = [...v].sort((a, b) => a - b);
          return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
        };
        const filter: number[] = [];
        const sort: number[] = [];
        const reg: number[] = [];
        for (let i = 0; i < 24; i++) filter.push(await time(() => efa?.click()));
        for (let i = 0; i < 24; i++) sort.push(await time(() => sortBtn(i % 2 ? 'ENIs' : 'IPv4/ENI')?.click()));
        if (region) {
          const values = ['us-east-1', 'eu-west-1', 'af-south-1', ''];
          for (let i = 0; i < 24; i++) {
            reg.push(
              await time(() => {
                region.value = values[i % 4]!;
                region.dispatchEvent(new Event('change', {bubbles: true}));
              }),
            );
          }
        }
        return {filter: med(filter), sort: med(sort), region: reg.length ? med(reg) : null};
      });
      console.log(
        `interaction medians (24 each): filter ${result.filter.toFixed(1)} ms, sort ${result.sort.toFixed(1)} ms, Region ${result.region === null ? 'n/a' : `${result.region.toFixed(1)} ms`}`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
