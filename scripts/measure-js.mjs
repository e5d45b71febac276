#!/usr/bin/env node
/**
 * Gzip JS that a page downloads at first load (prefetch excluded), against a
 * running `node scripts/serve.mjs` (which gzips). Also flags Mermaid code.
 *
 *   node scripts/serve.mjs --port 4394 &
 *   node scripts/measure-js.mjs --port 4394 docs/eni docs/os-bypass
 */
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {port: {type: 'string', default: '4394'}, base: {type: 'string', default: '/'}},
});
/** A string that only Mermaid's own code contains. */
export const MERMAID_MARKER = 'mermaid-js/mermaid';

const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox']});
for (const rel of positionals.length ? positionals : ['docs/eni', 'docs/os-bypass']) {
  const page = await browser.newPage();
  const scripts = [];
  // <link rel=prefetch> downloads have resource type "other", not "script",
  // so they are left out here; chunks the page itself runs are counted.
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res);
  });
  await page.goto(`http://127.0.0.1:${values.port}${values.base}${rel}`, {waitUntil: 'networkidle'});
  let total = 0;
  let mermaid = 0;
  for (const res of scripts) {
    const size = Number(res.headers()['content-length'] ?? 0);
    total += size;
    const body = await res.text().catch(() => '');
    if (body.includes(MERMAID_MARKER)) mermaid += size;
  }
  console.log(`${rel}: ${(total / 1024).toFixed(1)} KB gzip JS in ${scripts.length} scripts (${(mermaid / 1024).toFixed(1)} KB in chunks with Mermaid code)`);
  await page.close();
}
await browser.close();
