/**
 * The CloudFront Function in deploy/ maps every page of the real build to a
 * file that exists, under the base path the build was made for.
 */
import fs from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {basePathOf, buildDir, sitemapUrls} from '../../scripts/lib/builtSite';
import {callViewerRequest, type Req} from '../../scripts/lib/cloudfrontFunction';

it('the CloudFront function maps every sitemap page to a file in the build', () => {
  const dir = buildDir();
  const base = basePathOf(dir);
  const urls = sitemapUrls(dir);
  expect(urls.length).toBeGreaterThan(0);
  for (const u of urls) {
    const p = new URL(u).pathname;
    const r = callViewerRequest(base, p) as Req;
    expect(r.uri.startsWith(base), `${p} -> ${r.uri} stays under ${base}`).toBe(true);
    expect(fs.existsSync(path.join(dir, r.uri.slice(base.length))), `${p} -> ${r.uri}`).toBe(true);
  }
});
