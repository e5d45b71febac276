/**
 * Review screenshots for docs/_screenshots/ (see about.txt there): the landing
 * page, the overview, the explorer and the p5.48xlarge page, at 1280x800 and
 * 375x812, light and dark, from a production build.
 *
 *   npx tsx scripts/perf/screenshots.ts [build dir] [port]
 */
import path from 'node:path';
import {chromium} from 'playwright-core';
import {basePathOf} from '../lib/builtSite';
import {chromiumLaunchOptions, DESKTOP, MOBILE} from './measure';
import {serveBuild} from './serveBuild';

const dir = path.resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4396);
const base = basePathOf(dir);
const OUT = path.resolve(__dirname, '../../docs/_screenshots');
const PAGES = {landing: '', overview: 'docs/overview', explorer: 'docs/reference/instance-types', 'type-p5.48xlarge': 'docs/types/p5.48xlarge'};
const SIZES = {desktop: DESKTOP, phone: MOBILE};

async function main(): Promise<void> {
  const server = await serveBuild(dir, port, base);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const [name, rel] of Object.entries(PAGES)) {
      for (const [size, options] of Object.entries(SIZES)) {
        for (const scheme of ['light', 'dark'] as const) {
          const context = await browser.newContext({...options, colorScheme: scheme});
          const page = await context.newPage();
          await page.goto(`http://127.0.0.1:${port}${base}${rel}`, {waitUntil: 'networkidle'});
          await page.locator('html[data-has-hydrated="true"]').waitFor();
          const file = path.join(OUT, `${name}-${size}-${scheme}.png`);
          await page.screenshot({path: file});
          console.log(path.relative(process.cwd(), file));
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
