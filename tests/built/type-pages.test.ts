/**
 * Built-file checks over every per-type page (/docs/types/<type>): title,
 * description, canonical URL, link-preview card, sitemap entry and every
 * figure the page states, against the instance data. Runs on the output of
 * `npm run build` (BUILD_DIR, default build/; SITE_URL and BASE_URL as the
 * build used them): `npm run test:build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {instanceTypes, instanceCounts, zoneRegion} from '../../src/data/instances';
import {maxPods} from '../../src/lib/instanceCalc';
import {cardRuns, regionsOffering, type InstanceType} from '../../src/lib/instanceData';
import {similarTypes, typePageDescription, typePageTitle} from '../../src/lib/instanceTypePage';
import {basePathOf, buildDir, decodeEntities, htmlText, sitemapUrls} from '../../scripts/lib/builtSite';

const build = buildDir();
const base = basePathOf(build);
const origin = new URL(sitemapUrls(build)[0] ?? 'https://invalid').origin;
const SITE_TITLE = 'EC2 Network Interfaces';

function attr(html: string, re: RegExp): string | undefined {
  const m = re.exec(html);
  return m?.[1] === undefined ? undefined : decodeEntities(m[1].replace(/^"|"$/g, ''));
}
const meta = (html: string, key: string) => attr(html, new RegExp(`<meta[^>]*(?:name|property)="?${key.replace('.', '\\.')}"?[^>]*content=("[^"]*"|[^\\s>]+)`));

/** The text that follows data-fact=<name>, up to the next fact or section. */
function fact(html: string, name: string): string {
  const start = html.search(new RegExp(`data-fact="?${name}"?>`));
  if (start < 0) return '';
  const from = html.indexOf('>', start) + 1;
  const rest = html.slice(from);
  const end = rest.search(/data-fact=|<\/section>|<dt>|<dt /);
  return htmlText(end < 0 ? rest : rest.slice(0, end));
}

function read(t: InstanceType): string {
  const file = path.join(build, 'docs', 'types', `${t.type}.html`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return fs.readFileSync(file, 'utf8');
}

describe(`per-type pages in ${path.relative(process.cwd(), build)}/`, () => {
  it('has one page per type in the data, each in the sitemap, and no other', () => {
    const dir = path.join(build, 'docs', 'types');
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(files).toEqual(instanceTypes.map((t) => `${t.type}.html`).sort());
    const sitemap = fs.readFileSync(path.join(build, 'sitemap.xml'), 'utf8');
    const missing = instanceTypes.filter((t) => !sitemap.includes(`<loc>${origin}${base}docs/types/${t.type}</loc>`));
    expect(missing.map((t) => t.type)).toEqual([]);
  });

  it('gives every page its own link-preview card, with the type in it', () => {
    const cards = instanceTypes.map((t) => path.join(build, 'img/social/docs/types', `${t.type}.png`));
    expect(cards.filter((f) => !fs.existsSync(f)).map((f) => path.basename(f))).toEqual([]);
    // Cards differ by their text: two types never share an image.
    const images = new Set(
      ['p5.48xlarge', 'p5en.48xlarge', 'm5.large'].map((t) => fs.readFileSync(path.join(build, 'img/social/docs/types', `${t}.png`)).toString('base64')),
    );
    expect(images.size).toBe(3);
  });

  it('gives every page its title, description, canonical URL, card and figures', () => {
    const problems: string[] = [];
    const check = (t: InstanceType, what: string, got: unknown, want: unknown) => {
      if (got !== want) problems.push(`${t.type} ${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    };
    const starts = (t: InstanceType, what: string, got: string, want: string) => {
      if (!got.startsWith(want)) problems.push(`${t.type} ${what}: got ${JSON.stringify(got.slice(0, 80))}, want ${JSON.stringify(want)}…`);
    };
    for (const t of instanceTypes) {
      const html = read(t);
      const url = `${origin}${base}docs/types/${t.type}`;
      check(t, 'title', attr(html, /<title[^>]*>([^<]*)</), `${typePageTitle(t)} | ${SITE_TITLE}`);
      check(t, 'description', meta(html, 'description'), typePageDescription(t, instanceCounts.asOf));
      check(t, 'og:description', meta(html, 'og:description'), typePageDescription(t, instanceCounts.asOf));
      check(t, 'canonical', attr(html, /<link[^>]*rel="?canonical"?[^>]*href=("[^"]*"|[^\s>]+)/), url);
      check(t, 'og:url', meta(html, 'og:url'), url);
      check(t, 'og:image', meta(html, 'og:image'), `${origin}${base}img/social/docs/types/${t.type}.png`);
      check(t, 'h1', htmlText(/<h1[^>]*>(.*?)<\/h1>/.exec(html)?.[1] ?? ''), typePageTitle(t));
      // The figures, against the data.
      check(t, 'ENA', fact(html, 'ena'), t.ena);
      check(t, 'ENA Express', fact(html, 'enaExpress'), t.enaExpress ? 'yes' : 'no');
      check(t, 'EFA', fact(html, 'efa'), t.efaSupported ? `yes, up to ${t.maxEfa}` : 'no');
      check(t, 'ENIs', fact(html, 'maxEni'), `${t.maxEni} in total`);
      starts(t, 'addresses', fact(html, 'addresses'), `${t.ipv4PerEni} private IPv4, ${t.ipv6PerEni} IPv6`);
      starts(t, 'performance', fact(html, 'performance'), t.networkPerformance);
      starts(t, 'total IPv4', fact(html, 'totalIpv4'), `${t.maxEni * t.ipv4PerEni}: ${t.maxEni} ENIs × ${t.ipv4PerEni}`);
      const pods = maxPods(t);
      starts(t, 'pods', fact(html, 'podsSecondary'), `${pods.secondaryIp.value}:`);
      starts(t, 'pods (custom)', fact(html, 'podsCustom'), `${pods.customNetworking.value}:`);
      if (pods.prefixDelegation) starts(t, 'pods (prefix)', fact(html, 'podsPrefix'), `${pods.prefixDelegation.value}:`);
      starts(t, 'branch ENIs', fact(html, 'branchEni'), t.branchEni === null ? 'Not in the Karpenter data' : `${t.branchEni} branch ENIs`);
      // Regions, from the offering data.
      const regions = regionsOffering(t, zoneRegion);
      if (regions && regions.length > 0)
        starts(t, 'regions', fact(html, 'regions'), `Offered in ${regions.length} Region${regions.length === 1 ? '' : 's'}: ${regions.join(', ')}.`);
      // The card table: one row per run of identical cards, with its ENIs and baseline.
      const table = /data-testid="?card-table"?[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
      const rows = table.split(/<tr>/).slice(2).map(htmlText);
      const runs = cardRuns(t.cards);
      check(t, 'card rows', rows.length, runs.length);
      runs.forEach((r, i) => {
        const range = r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`;
        starts(t, `card row ${i}`, rows[i] ?? '', range);
        if (!(rows[i] ?? '').includes(` ${r.card.maxEni}${r.first === r.last ? '' : ' each'} `))
          problems.push(`${t.type} card row ${i}: no ENI count ${r.card.maxEni} in "${rows[i]}"`);
      });
      // Similar types are links to their pages.
      for (const s of similarTypes(t, instanceTypes)) {
        if (!html.includes(`href="${base}docs/types/${s.type}"`) && !html.includes(`href=${base}docs/types/${s.type}>`))
          problems.push(`${t.type}: no link to ${s.type}`);
      }
      if (problems.length > 20) break;
    }
    expect(problems).toEqual([]);
  });
});
