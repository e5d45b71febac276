/**
 * Reading a production build: where it is, which base path it was built for,
 * which pages its sitemap lists and which of them the browser checks visit.
 * Shared by the e2e suite (tests/e2e/site.ts), the built-file tests
 * (tests/built/) and the bench. Node-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {normaliseBase, sitemapLocs, sitemapPathsFromXml} from './perf';

const ROOT = path.resolve(__dirname, '../..');

/** The build folder: BUILD_DIR (relative to the repository) or build/. */
export function buildDir(): string {
  return path.resolve(ROOT, process.env.BUILD_DIR ?? 'build');
}

/**
 * The base path a build was made for, `/x/` form, read from where index.html
 * loads the main bundle: the build knows its base, so `npm run test:e2e` needs
 * no variables after a build under any BASE_URL. (Not from the environment:
 * Vitest sets BASE_URL=/ for its own use.)
 */
export function basePathOf(dir: string = buildDir()): string {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`no production build in ${dir}; run "npm run build" first`);
  const [, prefix] = /<script[^>]*\ssrc="?([^"\s>]*?)assets\/js\/main\.[\w-]+\.js/.exec(fs.readFileSync(index, 'utf8')) ?? [];
  if (prefix === undefined) throw new Error(`${index}: cannot find the main bundle to read the base path from`);
  return normaliseBase(prefix);
}

function sitemapXml(dir: string): string {
  return fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
}

/** Paths of every page in the built sitemap, relative to the base path ('' is the home page). */
export function sitemapPaths(dir: string = buildDir()): string[] {
  return sitemapPathsFromXml(sitemapXml(dir), basePathOf(dir));
}

/** Absolute URLs (SITE_URL + base path) of every page in the built sitemap. */
export function sitemapUrls(dir: string = buildDir()): string[] {
  return sitemapLocs(sitemapXml(dir));
}

/** The built HTML file of a page path relative to the base (trailingSlash: false → `docs/x.html`). */
export function htmlFileFor(relPath: string, dir: string = buildDir()): string {
  const rel = relPath.replace(/^\/+|\/+$/g, '');
  if (rel === '') return path.join(dir, 'index.html');
  const flat = path.join(dir, `${rel}.html`);
  return fs.existsSync(flat) ? flat : path.join(dir, rel, 'index.html');
}

/** The characters the minifier leaves as entities in built HTML, decoded. */
export function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
}

/** Visible text of an HTML fragment, whitespace collapsed. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/ ([:;,.)])/g, '$1')
    .trim();
}

/** Per-instance-type pages: too many to open in a browser one by one. */
export const TYPE_PAGE_PREFIX = 'docs/types/';
export const TYPE_PAGE_SAMPLE_FILE = path.join(ROOT, 'tests/e2e/type-page-sample.json');

/** The fixed sample of per-type pages the browser checks visit ([] when the sample file is absent). */
export function typePageSample(file: string = TYPE_PAGE_SAMPLE_FILE): string[] {
  if (!fs.existsSync(file)) return [];
  const list: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) throw new Error(`${file}: expected an array of page paths`);
  return list.map((p: string) => p.replace(/^\/+/, ''));
}

/**
 * The pages the browser checks visit: every sitemap page except the
 * per-type pages, of which only the fixed sample.
 */
export function pagesToVisit(all: readonly string[], sample: readonly string[]): string[] {
  const keep = new Set(sample);
  return all.filter((p) => !p.startsWith(TYPE_PAGE_PREFIX) || keep.has(p));
}
