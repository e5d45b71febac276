/**
 * Built-file checks for reader-experience fixes of issue 13 that had no test:
 * one name for the overview everywhere, a full-width explorer with the table
 * first, per-type pages that open the tools for their type, each tool on one
 * page, and an overview whose text counts the cards its diagram draws. Each
 * check also runs on a copy of the HTML with the old bug put back, so it is
 * known to fail on it. Runs on the output of `npm run build` (BUILD_DIR).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {instanceTypes} from '../../src/data/instances';
import {LAYERS} from '../../src/components/LayersDrawing/layers';
import {basePathOf, buildDir, decodeEntities, htmlFileFor, htmlText, pagesToVisit, sitemapPaths, typePageSample} from '../../scripts/lib/builtSite';

const build = buildDir();
const base = basePathOf(build);
const read = (page: string) => fs.readFileSync(htmlFileFor(page, build), 'utf8');

type A = {href: string; cls: string; text: string};
/** The value of one attribute in a tag's attribute text (quoted or minified). */
function attr(attrs: string, name: string): string {
  const m = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(attrs);
  return decodeEntities(m?.[1] ?? m?.[2] ?? m?.[3] ?? '');
}
/** Every link of a page: href, class and visible text. */
function links(html: string): A[] {
  return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({href: attr(m[1]!, 'href'), cls: attr(m[1]!, 'class'), text: htmlText(m[2]!)}));
}
/** The text of the first element matched by `open` (an opening-tag pattern) up to `close`. */
function textOf(html: string, open: RegExp, close: string): string {
  const m = open.exec(html);
  if (!m) return '';
  const from = m.index + m[0].length;
  return htmlText(html.slice(from, html.indexOf(close, from)));
}

describe('one name for the overview everywhere', () => {
  const overview = read('docs/overview');
  const name = textOf(overview, /<h1[^>]*>/, '</h1>');
  const href = `${base}docs/overview`;

  /** The labels a page gives the overview in the navbar, the sidebar and the footer. */
  function labels(html: string): {where: string; label: string}[] {
    return links(html)
      .filter((a) => a.href === href)
      .flatMap((a) => {
        const where = /navbar__link/.test(a.cls) ? 'navbar' : /menu__link/.test(a.cls) ? 'sidebar' : /footer__link/.test(a.cls) ? 'footer' : '';
        return where ? [{where, label: a.text}] : [];
      });
  }

  it('has a title', () => {
    expect(name.length).toBeGreaterThan(3);
  });

  it.each(['', 'docs/overview', 'docs/ena', 'docs/reference/glossary'])('/%s: navbar, sidebar and footer call it by its title', (page) => {
    const found = labels(read(page));
    expect(found.map((f) => f.where)).toContain('navbar');
    expect(found.filter((f) => f.label !== name)).toEqual([]);
  });

  it('the page title, the breadcrumb and the search index use the same name', () => {
    expect(decodeEntities(/<title[^>]*>([^<]*)<\/title>/.exec(overview)?.[1] ?? '')).toMatch(new RegExp(`^${name} \\| `));
    // Minified: the active crumb's </li> is left out, so read its <span>.
    expect(textOf(overview, /breadcrumbs__item--active"?><span[^>]*>/, '</span>')).toBe(name);
    type Doc = {t: string; u: string; b?: string[]; h?: string; p?: number};
    const index = JSON.parse(fs.readFileSync(path.join(build, 'search-index.json'), 'utf8')) as {documents: Doc[]}[];
    const page = index.flatMap((part) => part.documents).find((d) => d.u === href && d.h === undefined && d.p === undefined);
    expect(page?.t).toBe(name);
    for (const crumb of page?.b ?? []) expect(crumb).toBe(name);
  });

  it('fails when the navbar says "Overview" again', () => {
    const old = read('docs/ena').replace(new RegExp(`(<a [^>]*navbar__link[^>]*href="?${href}"?>)[^<]*`), '$1Overview');
    expect(labels(old).filter((f) => f.label !== name)).toEqual([{where: 'navbar', label: 'Overview'}]);
  });
});

describe('/docs/reference/instance-types: full width, table first', () => {
  const html = read('docs/reference/instance-types');
  const hasToc = (h: string) => /theme-doc-toc-(desktop|mobile)|class="?col col--3|docItemCol/.test(h);
  const tableBeforeHowTo = (h: string) => {
    const table = h.search(/data-testid="?instance-table"?[\s>]/);
    const howTo = h.search(/\sid="?how-to-read"?[\s>]/);
    return table >= 0 && howTo >= 0 && table < howTo;
  };

  it('has no table-of-contents column', () => {
    expect(hasToc(html)).toBe(false);
  });

  it('shows the table before the "How to read it" section', () => {
    expect(tableBeforeHowTo(html)).toBe(true);
  });

  it('the checks fail on a page with a contents column or the explanations first', () => {
    expect(hasToc(read('docs/ena'))).toBe(true);
    const howTo = /<h2[^>]*\sid="?how-to-read"?[\s\S]*?(?=<h2)/.exec(html)?.[0] ?? '';
    expect(howTo.length).toBeGreaterThan(100);
    const explanationsFirst = html.replace(howTo, '').replace(/(<div[^>]*data-testid="?instance-explorer"?)/, `${howTo}$1`);
    expect(tableBeforeHowTo(explanationsFirst)).toBe(false);
  });
});

describe('per-type pages open the tools for their type', () => {
  const toolLinks = (html: string, type: string) => {
    const hrefs = links(html).map((a) => a.href);
    return {
      efa: hrefs.includes(`${base}docs/tools/efa-layout?type=${encodeURIComponent(type)}`),
      eks: hrefs.includes(`${base}docs/tools/eks-ip-planner?type=${encodeURIComponent(type)}`),
    };
  };

  it('/docs/types/p5.48xlarge links to the EFA layout builder and the EKS planner with ?type=', () => {
    expect(toolLinks(read('docs/types/p5.48xlarge'), 'p5.48xlarge')).toEqual({efa: true, eks: true});
  });

  it('every type page links to the EKS planner, and to the EFA builder when the type supports EFA', () => {
    const wrong = instanceTypes.flatMap((t) => {
      const got = toolLinks(read(`docs/types/${t.type}`), t.type);
      return got.eks && got.efa === t.efaSupported ? [] : [`${t.type}: ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(['efa-layout', 'eks-ip-planner'])('/docs/tools/%s reads the type from a field named "type"', (tool) => {
    expect(read(`docs/tools/${tool}`)).toMatch(/<(input|select)\b[^>]*\sname="?type"?[\s>/]/);
  });

  it('the check fails on a page whose links lack ?type=', () => {
    const old = read('docs/types/p5.48xlarge').replace(/(docs\/tools\/(efa-layout|eks-ip-planner))\?type=[^"\s>]+/g, '$1');
    expect(toolLinks(old, 'p5.48xlarge')).toEqual({efa: false, eks: false});
  });
});

describe('each tool is rendered on exactly one page', () => {
  /** A tool's root element in the HTML the server sends, and the page it lives on. */
  const TOOLS: {tool: string; root: RegExp; page: string}[] = [
    // The per-type pages' EFA list also says data-testid="efa-layout"; the builder's root carries data-layout.
    {tool: 'EfaLayoutBuilder', root: /data-testid="?efa-layout"?[^>]*\sdata-layout=/, page: 'docs/tools/efa-layout'},
    {tool: 'EksIpPlanner', root: /data-testid="?eks-planner"?[\s>]/, page: 'docs/tools/eks-ip-planner'},
    {tool: 'Diagnose', root: /data-testid="?diagnose"?[\s>]/, page: 'docs/tools/diagnose'},
    {tool: 'DecisionHelper', root: /data-testid="?decision"?[\s>]/, page: 'docs/choose'},
    {tool: 'ComparisonTable', root: /data-testid="?comparison"?[\s>]/, page: 'docs/compare'},
    {tool: 'OsBypassDiagram stepper', root: /data-testid="?os-bypass-diagram"?[\s>]/, page: 'docs/os-bypass'},
    {tool: 'Quiz', root: /data-testid="?quiz-progress"?[\s>]/, page: 'docs/quiz'},
    {tool: 'InstanceExplorer', root: /data-testid="?instance-explorer"?[\s>]/, page: 'docs/reference/instance-types'},
  ];
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? (e.name === 'assets' ? [] : walk(full)) : e.name.endsWith('.html') ? [full] : [];
    });
  const pages = walk(build).map((file) => ({
    page: path
      .relative(build, file)
      .replace(/(\/index)?\.html$/, '')
      .replace(/^index$/, ''),
    html: fs.readFileSync(file, 'utf8'),
  }));
  const pagesWith = (all: {page: string; html: string}[], root: RegExp) => all.filter((p) => root.test(p.html)).map((p) => p.page);

  it('reads the whole site', () => {
    expect(pages.length).toBeGreaterThan(instanceTypes.length);
  });

  it.each(TOOLS)('$tool only on /$page', ({root, page}) => {
    expect(pagesWith(pages, root)).toEqual([page]);
  });

  it('the check fails when a tool is rendered on a second page again', () => {
    const decision = pages.find((p) => p.page === 'docs/choose')!;
    const withCopy = pages.map((p) => (p.page === 'docs/overview' ? {...p, html: p.html + decision.html} : p));
    expect(pagesWith(withCopy, TOOLS.find((t) => t.tool === 'DecisionHelper')!.root).sort()).toEqual(['docs/choose', 'docs/overview']);
  });
});

describe('the overview names as many network cards as its diagram draws', () => {
  const html = read('docs/overview');
  const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

  /** The diagram section: from its heading to the next heading. */
  const section = (h: string) => {
    const from = h.search(/<h[23][^>]*\sid="?diagram"?[\s>]/);
    const rest = h.slice(from + 1);
    const next = rest.search(/<h[1-3][\s>]/);
    return from < 0 ? '' : rest.slice(0, next < 0 ? rest.length : next);
  };
  /** Card counts the text states ("three network cards"), alt text included. */
  const statedCounts = (s: string) => {
    const words = `${htmlText(s)} ${[...s.matchAll(/\salt=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')).join(' ')}`;
    return [...words.matchAll(/\b(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten) network cards\b/gi)].map((m) => {
      const w = m[1]!.toLowerCase();
      return /^\d+$/.test(w) ? Number(w) : WORDS.indexOf(w);
    });
  };
  /** Distinct "Network card N" labels in each drawing the section shows (light, dark, phone). */
  const drawnCounts = (s: string) => {
    const files = [...new Set([...s.matchAll(/(?:src|srcset|href)="?([^"\s>]*\/diagrams\/[\w-]+\.svg)/g)].map((m) => m[1]!))];
    return files.map((f) => {
      const svg = fs.readFileSync(path.join(build, f.slice(base.length)), 'utf8');
      return {file: path.basename(f), cards: new Set(svg.match(/Network card \d+/g) ?? []).size};
    });
  };

  it('the diagram section shows drawings of network cards', () => {
    const drawn = drawnCounts(section(html));
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    for (const d of drawn) expect(d.cards, d.file).toBeGreaterThan(0);
  });

  it('every count in the text equals the cards in every drawing', () => {
    const s = section(html);
    const stated = statedCounts(s);
    expect(stated.length).toBeGreaterThan(0);
    for (const d of drawnCounts(s)) for (const n of stated) expect(n, d.file).toBe(d.cards);
  });

  it('the check fails when the text says two cards and the drawing shows three', () => {
    const s = section(html).replace(/three network cards/i, 'two network cards');
    const drawn = drawnCounts(s);
    expect(statedCounts(s).some((n) => drawn.some((d) => d.cards !== n))).toBe(true);
  });
});

describe('the landing page drawing leads to each layer and its tool', () => {
  const home = read('');
  /** The links inside the layers drawing (the <svg> titled by #layers-title). */
  const drawingLinks = (html: string) => {
    const start = html.indexOf('aria-labelledby="layers-title');
    return start < 0 ? [] : links(html.slice(start, html.indexOf('</svg>', start)));
  };
  const want = LAYERS.flatMap((l) => [`${base}${l.page.slice(1)}`, `${base}${l.tool.to.slice(1)}`]);

  it('links each layer to its page and to a tool, in the server HTML', () => {
    expect(drawingLinks(home).map((a) => a.href)).toEqual(want);
    for (const a of drawingLinks(home)) expect(a.text.length).toBeGreaterThan(2);
  });

  it('the check fails on a drawing that links nothing', () => {
    expect(drawingLinks(home.replace(/<a href="[^"]*"([^>]*)>(<text)/g, '<g$1>$2'))).not.toEqual(want);
  });
});

describe('headings never skip a level (Lighthouse and axe "heading-order")', () => {
  /** Each place where a heading is more than one level below the heading before it. */
  const skips = (html: string) => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    return levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
  };

  it.each(pagesToVisit(sitemapPaths(build), typePageSample()))('/%s', (page) => {
    expect(skips(read(page))).toEqual([]);
  });

  it('the check fails on an h1 followed by an h3 (the explorer had this)', () => {
    expect(skips('<h1>Explorer</h1><h3 id=ie-data-heading>About this data</h3>')).toEqual(['h1 → h3']);
  });
});
