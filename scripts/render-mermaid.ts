/**
 * Renders every ```mermaid block in docs/**\/*.mdx with Mermaid in headless
 * Chromium, in the light and the dark theme, into the committed cache
 * src/data/mermaid-cache/<sha256>.json, and deletes entries no block uses.
 * The build itself never needs a browser: it only reads the cache.
 *
 *   npm run diagrams            # render missing or stale entries, prune unused ones
 *   npm run diagrams -- --force # render everything again
 */
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {
  CACHE_DIR,
  COLOR_MODES,
  cacheKey,
  checkCache,
  diagramId,
  mermaidThemeConfig,
  uniquifyIds,
  type CacheEntry,
} from '../src/lib/mermaidCache';
import {SITE_DIR, cacheFile, docsMermaidBlocks, installedMermaidVersion, readEntry} from '../src/lib/mermaidCacheFs';

type Rendered = {svg: string; description: string};

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const version = installedMermaidVersion();
  const blocks = docsMermaidBlocks();
  const dir = path.join(SITE_DIR, CACHE_DIR);
  fs.mkdirSync(dir, {recursive: true});

  const wanted = new Map<string, string>();
  for (const {source} of blocks) wanted.set(cacheKey(source, version), source);
  const todo = [...wanted].filter(([key, source]) => force || checkCache([source], version, () => readEntry(key)).length > 0);

  if (todo.length > 0) {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({path: path.join(SITE_DIR, 'node_modules/mermaid/dist/mermaid.min.js')});
      for (const [key, source] of todo) {
        const out: Partial<Record<'light' | 'dark', Rendered>> = {};
        for (const mode of COLOR_MODES) {
          const id = diagramId(key, mode);
          const rendered = await page.evaluate(
            async ({id, source, config}) => {
              type M = {initialize: (c: unknown) => void; render: (id: string, text: string) => Promise<{svg: string}>};
              const mermaid = (window as unknown as {mermaid: M}).mermaid;
              mermaid.initialize({startOnLoad: false, ...config});
              const {svg} = await mermaid.render(id, source);
              const holder = document.createElement('div');
              holder.innerHTML = svg;
              document.body.append(holder);
              const el = holder.querySelector('svg')!;
              const title = el.querySelector(':scope > title')?.textContent?.trim() ?? '';
              const desc = el.querySelector(':scope > desc')?.textContent?.trim() ?? '';
              const kind = (el.getAttribute('aria-roledescription') ?? 'diagram').replace(/-v\d+$/, '');
              const labels = [
                ...new Set(
                  Array.from(el.querySelectorAll('.nodeLabel, .edgeLabel, text'))
                    .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
                    .filter(Boolean),
                ),
              ];
              holder.remove();
              const fromAuthor = [title, desc].filter(Boolean).join('. ');
              const description = fromAuthor || `${kind} diagram: ${labels.join(', ')}`.slice(0, 600);
              return {svg, description};
            },
            {id, source, config: {...mermaidThemeConfig.options, theme: mermaidThemeConfig.theme[mode], themeVariables: {...mermaidThemeConfig.themeVariables[mode]}}},
          );
          out[mode] = {svg: uniquifyIds(rendered.svg, id), description: rendered.description};
        }
        const entry: CacheEntry = {
          key,
          source,
          mermaidVersion: version,
          description: out.light!.description,
          light: out.light!.svg,
          dark: out.dark!.svg,
        };
        fs.writeFileSync(cacheFile(key), `${JSON.stringify(entry, null, 1)}\n`);
        console.log(`rendered ${key.slice(0, 12)} (${source.split('\n')[0]})`);
      }
    } finally {
      await browser.close();
    }
  }

  let pruned = 0;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    if (!wanted.has(name.replace(/\.json$/, ''))) {
      fs.rmSync(path.join(dir, name));
      pruned++;
    }
  }
  console.log(`mermaid cache: ${wanted.size} diagram(s), ${todo.length} rendered, ${pruned} unused entr${pruned === 1 ? 'y' : 'ies'} removed`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
