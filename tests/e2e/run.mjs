#!/usr/bin/env node
/**
 * Runs the Playwright suite against the production build in Debian's Chromium.
 * It never downloads a browser: when none is found it fails with one line.
 *
 *   npm run test:e2e                       # every spec
 *   npm run test:e2e -- tests/e2e/search   # one spec (any Playwright filter)
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const chromium = candidates.find((p) => fs.existsSync(p));
if (!chromium) {
  console.error(
    `e2e: no Chromium found (looked at ${candidates.join(', ')}); install it with "apt-get install chromium" or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

const buildDir = process.env.BUILD_DIR ?? 'build';
if (!fs.existsSync(path.join(buildDir, 'sitemap.xml'))) {
  console.error(`e2e: no production build in ${buildDir}/; run "npm run build" first.`);
  process.exit(1);
}

const cli = path.join('node_modules', '@playwright', 'test', 'cli.js');
const result = spawnSync(process.execPath, [cli, 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1'},
});
process.exit(result.status ?? 1);
