/**
 * Link previews: every sitemap page's built HTML carries its own title,
 * description and 1200x630 PNG card (og:* and twitter:*), a meta description
 * and a canonical URL. Reads the files in BUILD_DIR (what crawlers fetch;
 * they run no JS), so it also runs against the sub-path build (@smoke).
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect} from '@playwright/test';
import {BASE_PATH, BUILD_DIR, sitemapUrls} from './site';
import {canonicalHref, metaContent, metaCount, pngSize} from '../../scripts/lib/socialMeta';

/** The built HTML file for a page URL (trailingSlash: false → `docs/x.html`). */
function htmlFor(pageUrl: string): string {
  const rel = new URL(pageUrl).pathname.slice(BASE_PATH.length).replace(/\/$/, '');
  const file = rel === '' ? 'index.html' : fs.existsSync(path.join(BUILD_DIR, `${rel}.html`)) ? `${rel}.html` : `${rel}/index.html`;
  return fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');
}

const urls = sitemapUrls();

for (const pageUrl of urls) {
  test(`${new URL(pageUrl).pathname} has link-preview tags and its own 1200x630 card`, {tag: '@smoke'}, () => {
    const html = htmlFor(pageUrl);
    const get = (key: string) => {
      expect(metaCount(html, key), `exactly one ${key}`).toBe(1);
      const v = metaContent(html, key) ?? '';
      expect(v.trim(), `${key} is not empty`).not.toBe('');
      return v;
    };
    const title = get('og:title');
    const description = get('description');
    expect(description.length, 'meta description is a sentence, not a word').toBeGreaterThan(30);
    expect(get('og:description')).toBe(description);
    expect(get('twitter:title')).toBe(title);
    expect(get('twitter:description')).toBe(description);
    expect(get('twitter:card')).toBe('summary_large_image');
    expect(get('og:url')).toBe(pageUrl);
    expect(canonicalHref(html)).toBe(pageUrl);

    const image = get('og:image');
    expect(get('twitter:image')).toBe(image);
    const site = new URL(pageUrl);
    expect(image.startsWith(`${site.origin}${BASE_PATH}`), `og:image ${image} is absolute, under ${site.origin}${BASE_PATH}`).toBe(true);
    const file = path.join(BUILD_DIR, decodeURIComponent(new URL(image).pathname.slice(BASE_PATH.length)));
    expect(fs.existsSync(file), `${file} exists in the build`).toBe(true);
    expect(pngSize(fs.readFileSync(file)), `${file} is a 1200x630 PNG`).toEqual({width: 1200, height: 630});
  });
}

test('every page has its own card', {tag: '@smoke'}, () => {
  const all = urls.map((u) => metaContent(htmlFor(u), 'og:image'));
  expect(new Set(all).size).toBe(urls.length);
});
