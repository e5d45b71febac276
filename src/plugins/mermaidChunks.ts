/**
 * Keeps Mermaid out of the shared `common` chunk.
 *
 * Docusaurus puts every module used by at least half as many async chunks as
 * the site has pages into `common`, which every page loads. Mermaid splits
 * itself into dozens of lazily loaded diagram chunks, so its shared parser and
 * d3 code crossed that line and landed on every page (about 140 KB gzip).
 * This plugin excludes Mermaid and its dependencies from `common` and gives
 * them their own async cache group, loaded only when a diagram is rendered
 * in the browser (a block with no build-time cache entry).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** Package names of mermaid and everything it depends on, as installed. */
export function mermaidPackages(siteDir: string): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const find = (name: string, from: string): string | undefined => {
    let dir = from;
    for (;;) {
      const candidate = path.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
      const up = path.dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  };
  const walk = (name: string, from: string) => {
    const dir = find(name, from);
    if (!dir || seen.has(dir)) return;
    seen.add(dir);
    names.add(name);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>};
    for (const dep of Object.keys(pkg.dependencies ?? {})) walk(dep, dir);
  };
  walk('mermaid', siteDir);
  return [...names].sort();
}

type ModuleLike = {nameForCondition?: () => string | null | undefined; resource?: string};

export default function mermaidChunksPlugin(context: {siteDir: string}): Plugin {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`[\\\\/]node_modules[\\\\/](${mermaidPackages(context.siteDir).map(esc).join('|')})[\\\\/]`);
  const isMermaid = (module: ModuleLike): boolean => {
    const resource = module.nameForCondition?.() ?? module.resource ?? '';
    return pattern.test(resource);
  };
  return {
    name: 'site-mermaid-chunks',
    configureWebpack(config, isServer, utils) {
      if (isServer) {
        // The static-site renderer gets the real SVGs; the browser bundle keeps
        // the stub (src/lib/mermaidSvgs.ts) and never carries them.
        const {NormalModuleReplacementPlugin} = utils.currentBundler.instance as unknown as {
          NormalModuleReplacementPlugin: new (re: RegExp, replacement: string) => unknown;
        };
        return {
          plugins: [
            new NormalModuleReplacementPlugin(/[\\/]lib[\\/]mermaidSvgs$/, path.join(context.siteDir, 'src/lib/mermaidSvgs.server.js')),
          ] as never[],
        };
      }
      const splitChunks = config.optimization?.splitChunks;
      if (!splitChunks || typeof splitChunks !== 'object' || !splitChunks.cacheGroups) {
        throw new Error('site-mermaid-chunks: Docusaurus no longer sets optimization.splitChunks.cacheGroups; check this plugin.');
      }
      const groups = splitChunks.cacheGroups as Record<string, unknown>;
      const common = groups.common as Record<string, unknown> | undefined;
      if (!common) throw new Error('site-mermaid-chunks: no `common` cache group found; check this plugin.');
      common.test = (module: ModuleLike) => !isMermaid(module);
      groups.mermaid = {
        test: isMermaid,
        chunks: 'async',
        minChunks: 2,
        priority: 45,
        reuseExistingChunk: true,
      };
      return {};
    },
    // After a client-side navigation there is no server HTML to keep, so the
    // diagram fetches its SVGs from here.
    async postBuild({outDir}) {
      const from = path.join(context.siteDir, 'src/data/mermaid-cache');
      const to = path.join(outDir, 'mermaid');
      fs.mkdirSync(to, {recursive: true});
      for (const file of fs.readdirSync(from).filter((f) => f.endsWith('.json'))) {
        const entry = JSON.parse(fs.readFileSync(path.join(from, file), 'utf8')) as {light: string; dark: string};
        fs.writeFileSync(path.join(to, file), JSON.stringify({light: entry.light, dark: entry.dark}));
      }
    },
  };
}
