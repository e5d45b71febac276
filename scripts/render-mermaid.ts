/**
 * `npm run diagrams`: renders every ```mermaid block in docs/ with the
 * installed Mermaid in headless Chromium into static/diagrams/<hash>-{light,dark}.svg
 * (committed: the build reads them and needs no browser), and deletes SVGs no
 * block uses. See scripts/lib/diagrams.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {DIAGRAM_DIR, DIAGRAM_THEME, MODES, SITE_DIR, diagramHash, docsBlocks, svgFile} from './lib/diagrams';

async function main(): Promise<void> {
  const wanted = new Map(docsBlocks().map((b) => [diagramHash(b.source), b.source]));
  const todo = [...wanted].filter(([hash]) => MODES.some((m) => !fs.existsSync(svgFile(hash, m))));
  fs.mkdirSync(path.join(SITE_DIR, DIAGRAM_DIR), {recursive: true});
  if (todo.length > 0) {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    await page.addScriptTag({path: path.join(SITE_DIR, 'node_modules/mermaid/dist/mermaid.min.js')});
    for (const [hash, source] of todo) {
      for (const mode of MODES) {
        const config = {startOnLoad: false, securityLevel: 'strict', theme: 'base', themeVariables: DIAGRAM_THEME[mode], flowchart: {useMaxWidth: false}};
        const svg = await page.evaluate(
          async ({id, source, config}) => {
            type M = {initialize: (c: unknown) => void; render: (id: string, text: string) => Promise<{svg: string}>};
            const mermaid = (window as unknown as {mermaid: M}).mermaid;
            mermaid.initialize(config);
            const holder = document.createElement('div');
            holder.innerHTML = (await mermaid.render(id, source)).svg;
            // XML, not HTML, serialisation: a standalone .svg must be well-formed (<br/>).
            return new XMLSerializer().serializeToString(holder.firstElementChild!);
          },
          {id: `d${hash}-${mode}`, source, config},
        );
        fs.writeFileSync(svgFile(hash, mode), `${svg}\n`);
      }
      console.log(`rendered ${hash} (${source.split('\n')[0]})`);
    }
    await browser.close();
  }
  const stale = fs.readdirSync(path.join(SITE_DIR, DIAGRAM_DIR)).filter((f) => !wanted.has(f.replace(/-(light|dark)\.svg$/, '')));
  for (const f of stale) fs.rmSync(path.join(SITE_DIR, DIAGRAM_DIR, f));
  console.log(`diagrams: ${wanted.size} block(s), ${todo.length} rendered, ${stale.length} unused file(s) removed`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
