/**
 * Link previews: every sitemap page's built HTML carries its own title,
 * description and 1200x630 PNG card (og:* and twitter:*), a meta description
 * and a canonical URL. Reads the files of the build (what crawlers fetch;
 * they run no JS), under whatever base path it was built for.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {basePathOf, buildDir, htmlFileFor, sitemapUrls} from '../../scripts/lib/builtSite';
import {canonicalHref, metaContent, metaCount, pngSize} from '../../scripts/lib/socialMeta';

const BUILD_DIR = buildDir();
const BASE_PATH = basePathOf(BUILD_DIR);
const urls = sitemapUrls(BUILD_DIR);
const htmlFor = (pageUrl: string) => fs.readFileSync(htmlFileFor(new URL(pageUrl).pathname.slice(BASE_PATH.length), BUILD_DIR), 'utf8');

describe('link previews', () => {
  it.each(urls)('%s has link-preview tags and its own 1200x630 card', (pageUrl) => {
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

  it('every page has its own card, the per-type pages included', () => {
    const cards = urls.map((u) => metaContent(htmlFor(u), 'og:image'));
    expect(urls.filter((u) => new URL(u).pathname.includes('/docs/types/')).length).toBeGreaterThan(1000);
    expect(new Set(cards).size).toBe(cards.length);
  });
});
