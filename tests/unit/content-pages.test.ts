/**
 * Page-specific content checks for the EFA, OS-bypass, ENA Express, glossary and
 * sources pages: the points the issue asks for must stay on those pages.
 */
import {describe, it, expect} from 'vitest';
import {readDocs, headings} from './docs';
import {instanceDataProvenance} from '../../src/data/instanceCounts';

const docs = readDocs();
const page = (slug: string) => {
  const d = docs.find((x) => x.slug === slug);
  if (!d) throw new Error(`missing page ${slug}`);
  return d.body;
};
const ids = (body: string) =>
  headings(body)
    .map((h) => h.id)
    .filter(Boolean);

describe('no skeleton text is left', () => {
  for (const slug of ['efa', 'os-bypass', 'ena-express', 'reference/glossary', 'reference/sources']) {
    it(slug, () => {
      expect(page(slug)).not.toMatch(/Content comes next|Definition comes next/);
    });
  }
});

describe('/docs/efa', () => {
  const body = page('efa');
  it('does not carry the leftover exam phrase from the notes', () => {
    expect(body).not.toMatch(/therefore this option is correct/i);
  });
  it('shows the fi_info check and the self-referencing security-group rules', () => {
    expect(body).toContain('fi_info -p efa -t FI_EP_RDM');
    expect(body).toMatch(/authorize-security-group-ingress/);
    expect(body).toMatch(/authorize-security-group-egress/);
  });
  it('links to the OS-bypass diagrams instead of third-party images', () => {
    expect(body).toContain('](/docs/os-bypass)');
    expect(body).not.toMatch(/!\[/);
  });
});

describe('/docs/os-bypass', () => {
  const body = page('os-bypass');
  it('explains the steps once: the stepper, whose server HTML is also the no-JavaScript version, and no drawing of the same steps', () => {
    expect(body.match(/<OsBypassDiagram\b/g)).toHaveLength(1);
    expect(body).not.toMatch(/^```mermaid/m);
    expect(body).not.toContain('<noscript>');
  });
  it('keeps the side-by-side section with a comparison table', () => {
    expect(ids(body)).toContain('side-by-side');
    const section = body.slice(body.indexOf('{#side-by-side}'), body.indexOf('{#what-gets-skipped}'));
    expect(section).toMatch(/^\| --- \|/m);
    expect(section.length).toBeGreaterThan(1500);
  });
  it('quotes no microsecond latency figure', () => {
    expect(body).not.toMatch(/\d\s*(µs|us|microseconds?)\b/i);
  });
});

describe('/docs/ena-express', () => {
  const body = page('ena-express');
  it('names every ENA Express ethtool counter', () => {
    for (const c of ['ena_srd_mode', 'ena_srd_tx_pkts', 'ena_srd_eligible_tx_pkts', 'ena_srd_rx_pkts', 'ena_srd_resource_utilization']) {
      expect(body).toContain(c);
    }
  });
  it('shows the CLI with --ena-srd-specification', () => {
    expect(body).toContain("--ena-srd-specification 'EnaSrdEnabled=true,EnaSrdUdpSpecification={EnaSrdUdpEnabled=true}'");
  });
});

describe('/docs/reference/glossary', () => {
  const body = page('reference/glossary');
  const entries = body.split(/^### /m).slice(1);
  it('has many terms', () => {
    expect(entries.length).toBeGreaterThanOrEqual(45);
  });
  for (const entry of entries) {
    const title = entry.split('\n')[0];
    it(`"${title}" has a definition, a link into the site and a source`, () => {
      expect(title).toMatch(/\{#[a-z0-9-]+\}$/);
      expect(entry).toMatch(/On this site: \[[^\]]+\]\(\/docs\//);
      expect(entry).toMatch(/Source: \[[^\]]+\]\(https:\/\//);
      const [definition = ''] = entry.split('\n').slice(1).join(' ').split('On this site:');
      expect(definition.trim().length).toBeGreaterThan(120);
    });
  }
  // A term that one of the site's tools works out links to that tool.
  const TOOL_FOR_TERM: Record<string, string> = {'max-pods': '/docs/tools/eks-ip-planner'};
  for (const [id, tool] of Object.entries(TOOL_FOR_TERM)) {
    it(`"${id}" links to ${tool}`, () => {
      const entry = entries.find((e) => e.split('\n')[0]!.endsWith(`{#${id}}`));
      expect(entry, `glossary entry {#${id}}`).toBeDefined();
      expect(entry).toContain(`](${tool})`);
    });
  }
});

describe('/docs/reference/sources', () => {
  const body = page('reference/sources');
  it('gives the imported data versions and their dates, as the import provenance records them', () => {
    const {instances, karpenter} = instanceDataProvenance;
    for (const source of [instances, ...(karpenter ? [karpenter] : [])]) {
      expect(body, `${source.repository} commit`).toContain(source.commit);
      expect(body, `${source.repository} version date`).toContain(source.versionDate);
    }
  });
  it('gives the versions of the sources that are not imported (eni-max-pods.txt, the EC2 user guide)', () => {
    expect(body).toMatch(/2026-08-11/);
    expect(body).toMatch(/e3707c4/);
  });
});
