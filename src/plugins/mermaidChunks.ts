/**
 * Keeps the theme-mermaid fallback's code out of Docusaurus' shared `common`
 * chunk. Mermaid splits into dozens of lazily loaded chunks whose shared parser
 * and d3 code cross `common`'s threshold, which put ~140 KB gzip of Mermaid on
 * every page. Here `common` skips Mermaid and its dependencies; they get an
 * async group loaded only where a block has no committed SVG.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** Package names of mermaid and everything it depends on, as installed. */
export function mermaidPackages(siteDir: string): string[] {
  const names = new Set<string>();
  const walk = (name: string, from: string): void => {
    for (let dir = from; ; dir = path.dirname(dir)) {
      const pkgDir = path.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(pkgDir, 'package.json'))) {
        if (names.has(name)) return;
        names.add(name);
        const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>};
        for (const dep of Object.keys(pkg.dependencies ?? {})) walk(dep, pkgDir);
        return;
      }
      if (path.dirname(dir) === dir) return;
    }
  };
  walk('mermaid', siteDir);
  return [...names].sort();
}

type ModuleLike = {nameForCondition?: () => string | null | undefined; resource?: string};

export default function mermaidChunksPlugin(context: {siteDir: string}): Plugin {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`[\\\\/]node_modules[\\\\/](${mermaidPackages(context.siteDir).map(esc).join('|')})[\\\\/]`);
  const isMermaid = (m: ModuleLike) => pattern.test(m.nameForCondition?.() ?? m.resource ?? '');
  return {
    name: 'site-mermaid-chunks',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const groups = (config.optimization?.splitChunks || {}) as {cacheGroups?: Record<string, Record<string, unknown>>};
      const common = groups.cacheGroups?.common;
      if (!common) throw new Error('site-mermaid-chunks: Docusaurus no longer has a `common` cache group; check this plugin.');
      common.test = (m: ModuleLike) => !isMermaid(m);
      groups.cacheGroups!.mermaid = {test: isMermaid, chunks: 'async', minChunks: 2, priority: 45, reuseExistingChunk: true};
      return {};
    },
  };
}
