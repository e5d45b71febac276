/**
 * `npm run bench`: build, serve with gzip, and measure every sitemap page.
 *
 *   npm run bench                       # build, measure, explorer timings, Lighthouse on the
 *                                       # main pages and on the bare Docusaurus template
 *   npm run bench -- --no-build         # reuse build/ (any base path: read from the build)
 *   npm run bench -- --no-lighthouse    # bytes, requests, CLS and explorer timings only
 *   npm run bench -- --no-bare          # Lighthouse without the bare-template baseline
 *
 * Prints a table and writes build/bench.json. Exits 1 when a byte or CLS
 * budget (scripts/lib/budgets.ts) is broken; Lighthouse scores are targets only.
 * Definitions of what is counted: scripts/lib/perf.ts.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {BUDGETS, EXPLORER_PATH, KB, LIGHTHOUSE_PAGES, LIGHTHOUSE_RUNS, LIGHTHOUSE_TARGETS, type LighthouseCategory} from './lib/budgets';
import {PAGE_TABLE_HEADER, checkBudgets, formatTable, median, pageRows, summarise, type PageSummary} from './lib/perf';
import {basePathOf, pagesToVisit, sitemapPaths, typePageSample} from './lib/builtSite';
import {buildBareTemplate} from './perf/bareTemplate';
import {explorerInteractionTimes, type ExplorerTiming} from './perf/explorerTiming';
import {chromiumLaunchOptions, measurePage} from './perf/measure';
import {serveBuild} from './perf/serveBuild';

const {values: args} = parseArgs({
  options: {
    build: {type: 'boolean', default: true},
    'no-build': {type: 'boolean', default: false},
    lighthouse: {type: 'boolean', default: true},
    'no-lighthouse': {type: 'boolean', default: false},
    'no-bare': {type: 'boolean', default: false},
    dir: {type: 'string', default: 'build'},
    port: {type: 'string', default: process.env.BENCH_PORT ?? '4397'},
    runs: {type: 'string', default: String(LIGHTHOUSE_RUNS)},
  },
});

const root = path.resolve(__dirname, '..');
const buildDir = path.resolve(root, args.dir!);
const port = Number(args.port);
const origin = `http://127.0.0.1:${port}`;
const bareOrigin = `http://127.0.0.1:${port + 1}`;
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

function run(cmd: string, cmdArgs: string[]): void {
  const r = spawnSync(cmd, cmdArgs, {cwd: root, stdio: 'inherit', env: process.env});
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed`);
}

type LighthouseRun = Record<LighthouseCategory, number> & {tbtMs: number; lcpMs: number; cls: number; failing: string[]};
type LighthouseResult = {
  path: string;
  runs: LighthouseRun[];
  median: Record<LighthouseCategory, number> & {tbtMs: number; lcpMs: number; cls: number};
  failing: string[];
};

const CATEGORIES = Object.keys(LIGHTHOUSE_TARGETS) as LighthouseCategory[];

function lighthouseOnce(url: string): LighthouseRun {
  const out = path.join(os.tmpdir(), `bench-lh-${process.pid}.json`);
  const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const r = spawnSync(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
    ],
    {cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, CHROME_PATH: chromePath}},
  );
  if (r.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  type Lhr = {
    categories: Record<string, {score: number | null; auditRefs: {id: string; weight: number}[]}>;
    audits: Record<string, {score: number | null; numericValue?: number; scoreDisplayMode: string; title: string}>;
  };
  const lhr = JSON.parse(fs.readFileSync(out, 'utf8')) as Lhr;
  fs.rmSync(out, {force: true});
  const failing = new Set<string>();
  for (const c of CATEGORIES.filter((c) => c !== 'performance')) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.scoreDisplayMode === 'binary' && a.score === 0) failing.add(`${c}: ${ref.id}`);
    }
  }
  const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing: [...failing],
  };
}

function summariseRuns(label: string, all: LighthouseRun[]): LighthouseResult {
  const med = (k: keyof Omit<LighthouseRun, 'failing'>) => median(all.map((r) => r[k]));
  return {
    path: label,
    runs: all,
    median: {
      performance: med('performance'),
      accessibility: med('accessibility'),
      'best-practices': med('best-practices'),
      seo: med('seo'),
      tbtMs: med('tbtMs'),
      lcpMs: med('lcpMs'),
      cls: med('cls'),
    },
    failing: [...new Set(all.flatMap((r) => r.failing))],
  };
}

/**
 * Lighthouse on every target, in rounds: one run of each page (the bare
 * template's last) per round. A machine that slows down part way through then
 * slows every page alike, instead of only the pages measured last.
 */
function lighthouseRounds(targets: {label: string; url: string}[], runs: number): LighthouseResult[] {
  const all = targets.map(() => [] as LighthouseRun[]);
  for (let round = 1; round <= runs; round++) {
    targets.forEach((t, i) => {
      process.stderr.write(`lighthouse round ${round}/${runs}: ${t.label}\n`);
      all[i]!.push(lighthouseOnce(t.url));
    });
  }
  return targets.map((t, i) => summariseRuns(t.label, all[i]!));
}

async function main(): Promise<number> {
  const withLighthouse = args.lighthouse && !args['no-lighthouse'];
  if (args.build && !args['no-build']) run('npm', ['run', 'build', '--', '--out-dir', buildDir]);
  if (!fs.existsSync(path.join(buildDir, 'sitemap.xml'))) throw new Error(`no build in ${buildDir}; run without --no-build`);
  const base = basePathOf(buildDir);
  // The per-type pages through the same fixed sample as the e2e page visit (1,373 pages would take an hour).
  const pages = pagesToVisit(sitemapPaths(buildDir), typePageSample());
  const bare = withLighthouse && !args['no-bare'] ? buildBareTemplate(root) : null;

  const server = await serveBuild(buildDir, port, base);
  const bareServer = bare ? await serveBuild(bare.buildDir, port + 1, '/') : null;
  const summaries: PageSummary[] = [];
  const lighthouseResults: LighthouseResult[] = [];
  let explorer: ExplorerTiming | null = null;
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      for (const p of pages) {
        const m = await measurePage(browser, `${origin}${base}${p}`);
        if (m.status !== 200) throw new Error(`/${p} answered ${m.status}`);
        summaries.push(summarise(p, m.requests, [m.clsDesktop, m.clsMobile]));
      }
      if (pages.includes(EXPLORER_PATH)) explorer = await explorerInteractionTimes(browser, `${origin}${base}${EXPLORER_PATH}`);
    } finally {
      await browser.close();
    }
    if (withLighthouse) {
      const targets = LIGHTHOUSE_PAGES.filter((lp) => pages.includes(lp)).map((p) => ({label: `/${p}`, url: `${origin}${base}${p}`}));
      if (bare) targets.push({label: `bare template ${bare.version} /docs/intro`, url: `${bareOrigin}/docs/intro`});
      lighthouseResults.push(...lighthouseRounds(targets, Number(args.runs)));
    }
  } finally {
    server.kill();
    bareServer?.kill();
  }

  const violations = checkBudgets(summaries);
  console.log(`\nFirst load, gzip bytes (1 KB = ${KB} bytes), base ${base}; CLS = max of desktop 1280x800 and mobile 375x812\n`);
  console.log(formatTable(PAGE_TABLE_HEADER, pageRows(summaries)));
  console.log('(JS KB: requested before hydration, the page itself, budgeted; tools JS KB: requested after hydration, the tools that woke up, reported only)');
  if (explorer) {
    console.log(
      `\nExplorer interactions (${explorer.interactions.join(', ')}): median ${explorer.median.toFixed(1)} ms over ${explorer.samples}, ` +
        `input to table update incl. style and layout, desktop 1280x800; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`,
    );
  }
  if (lighthouseResults.length) {
    console.log(
      `\nLighthouse ${'12.2.3'} mobile, median of ${args.runs} runs taken in rounds (targets: ${CATEGORIES.map((c) => `${c} ${LIGHTHOUSE_TARGETS[c]}`).join(', ')})\n`,
    );
    // The site's pages against the bare template measured in the same rounds (issue 13's target).
    const bareResult = bare ? lighthouseResults.at(-1) : undefined;
    const vsBare = (r: LighthouseResult) => {
      if (!bareResult || r === bareResult) return '-';
      const d = r.median.performance - bareResult.median.performance;
      return d >= 0 ? `+${d}` : String(d);
    };
    console.log(
      formatTable(
        ['page', 'Perf', 'vs bare', 'A11y', 'BP', 'SEO', 'TBT ms', 'LCP ms', 'CLS', 'perf runs', 'below target'],
        lighthouseResults.map((r) => [
          r.path,
          String(r.median.performance),
          vsBare(r),
          String(r.median.accessibility),
          String(r.median['best-practices']),
          String(r.median.seo),
          String(Math.round(r.median.tbtMs)),
          String(Math.round(r.median.lcpMs)),
          r.median.cls.toFixed(3),
          r.runs.map((x) => x.performance).join('/'),
          CATEGORIES.filter((c) => r.median[c] < LIGHTHOUSE_TARGETS[c]).join(', ') || '-',
        ]),
      ),
    );
    const failing = [...new Set(lighthouseResults.flatMap((r) => r.failing))];
    if (failing.length) console.log(`\nFailing Lighthouse audits (any run): ${failing.join('; ')}`);
  }
  const report = {
    generatedAt: new Date().toISOString(),
    base,
    units: {bytes: 'gzip encoded body bytes', kb: KB},
    budgets: BUDGETS,
    lighthouseTargets: LIGHTHOUSE_TARGETS,
    pages: summaries,
    explorerInteractions: explorer,
    lighthouse: lighthouseResults,
    violations,
  };
  fs.writeFileSync(path.join(buildDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(root, path.join(buildDir, 'bench.json'))}`);
  if (violations.length) {
    console.error(`\nBudgets broken:\n${violations.map((v) => `  ${v.message}`).join('\n')}`);
    return 1;
  }
  console.log('All byte and CLS budgets met.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
