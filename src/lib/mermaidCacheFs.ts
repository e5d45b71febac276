/**
 * File-system side of the Mermaid cache (build time only): the installed
 * Mermaid version, the docs' blocks, and reading entries.
 */
import fs from 'node:fs';
import path from 'node:path';
import {CACHE_DIR, mermaidBlocks, type CacheEntry} from './mermaidCache';

export const SITE_DIR = path.resolve(__dirname, '../..');

export function installedMermaidVersion(siteDir = SITE_DIR): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(siteDir, 'node_modules/mermaid/package.json'), 'utf8')) as {version: string};
  return pkg.version;
}

export function cacheFile(key: string, siteDir = SITE_DIR): string {
  return path.join(siteDir, CACHE_DIR, `${key}.json`);
}

export function readEntry(key: string, siteDir = SITE_DIR): CacheEntry | undefined {
  try {
    return JSON.parse(fs.readFileSync(cacheFile(key, siteDir), 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return /\.mdx?$/.test(e.name) ? [full] : [];
  });
}

/** Every Mermaid block in docs/**, with the file it is in. */
export function docsMermaidBlocks(siteDir = SITE_DIR): {file: string; source: string}[] {
  return walk(path.join(siteDir, 'docs')).flatMap((file) =>
    mermaidBlocks(fs.readFileSync(file, 'utf8')).map((source) => ({file: path.relative(siteDir, file), source})),
  );
}
