/**
 * /docs/reference/changes ("What changed"): a dated log, newest first. Each
 * entry gives what changed, what it means, its source and the pages it
 * touched; an undated entry gives the date its text was read instead.
 * Versions it names must match the pages that use them.
 */
import {describe, it, expect} from 'vitest';
import {readDocs} from './docs';
import {docAnchors, docLinkProblem} from './docLinks';
import {codeBlocks} from '../../scripts/lib/snippetCheck';

const docs = readDocs();
const page = (slug: string) => docs.find((d) => d.slug === slug)!.body;
const body = page('reference/changes');
const today = new Date().toISOString().slice(0, 10);
const anchors = docAnchors();

type Entry = {heading: string; date: string; text: string};

/** The `## ` sections, split at the undated section and the sources. */
function sections(level: '## ' | '### ', text: string): {heading: string; text: string}[] {
  return text
    .split(new RegExp(`^${level}`, 'm'))
    .slice(1)
    .map((s) => ({heading: s.split('\n')[0]!, text: s}));
}

const top = sections('## ', body);
const undatedIndex = top.findIndex((s) => s.heading.endsWith('{#undated}'));
const DATE = /^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|Since \d{4}):/;
const dated: Entry[] = top.slice(0, undatedIndex).map((s) => ({...s, date: DATE.exec(s.heading)?.[1]?.replace('Since ', '') ?? ''}));
const undated: Entry[] = sections('### ', top[undatedIndex]?.text ?? '').map((s) => ({
  ...s,
  date: /\(read (\d{4}-\d{2}-\d{2})\) \{#[a-z0-9-]+\}$/.exec(s.heading)?.[1] ?? '',
}));

function isRealDate(d: string): boolean {
  const full = d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
  const t = new Date(`${full}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === full;
}

/** The bullet "- **Label:** ..." of an entry, up to the next bullet. */
function field(text: string, label: string): string | null {
  const m = new RegExp(`^- \\*\\*${label}:\\*\\*([\\s\\S]*?)(?=^- \\*\\*|^#|(?![\\s\\S]))`, 'm').exec(text);
  return m ? m[1]!.trim() : null;
}

describe('/docs/reference/changes', () => {
  it('has dated entries, an undated section and sources', () => {
    expect(dated.length).toBeGreaterThanOrEqual(5);
    expect(undatedIndex).toBeGreaterThan(0);
    expect(undated.length).toBeGreaterThanOrEqual(1);
    expect(top.at(-1)?.heading).toBe('Sources {#sources}');
  });

  it('every dated heading starts with a real date, not in the future, and has an ID', () => {
    for (const e of dated) {
      expect(e.heading, e.heading).toMatch(DATE);
      expect(e.heading, e.heading).toMatch(/\{#[a-z0-9-]+\}$/);
      expect(isRealDate(e.date), e.heading).toBe(true);
      expect(e.date <= today, e.heading).toBe(true);
    }
  });

  it('lists the dated entries newest first', () => {
    // "2024" sorts before "2024-10-24", so a year-only entry goes after the dated ones of that year.
    for (let i = 1; i < dated.length; i++) {
      expect(dated[i]!.date <= dated[i - 1]!.date, `${dated[i - 1]!.heading} before ${dated[i]!.heading}`).toBe(true);
    }
  });

  it('every undated entry gives the date its text was read', () => {
    for (const e of undated) {
      expect(isRealDate(e.date), e.heading).toBe(true);
      expect(e.date <= today, e.heading).toBe(true);
    }
  });

  for (const e of [...dated, ...undated]) {
    it(`"${e.heading}" says what changed, what it means, its source and our pages`, () => {
      expect(field(e.text, 'What changed')?.length ?? 0).toBeGreaterThan(40);
      expect(field(e.text, 'What it means for you')?.length ?? 0).toBeGreaterThan(40);
      expect(field(e.text, 'Source') ?? '').toMatch(/\]\(https:\/\/[^)\s]+\)/);
      const ours = field(e.text, 'Our pages');
      expect(ours, 'Our pages').not.toBeNull();
      const links = [...ours!.matchAll(/\]\((\/docs\/[^)\s]*)\)/g)].map((m) => m[1]!);
      // An entry with no page of ours says so ("none yet"); otherwise its links resolve.
      if (links.length === 0) expect(ours).toMatch(/^none\b/);
      for (const link of links) expect(docLinkProblem(link, anchors), link).toBeNull();
    });
  }

  it('the aws-ofi-nccl version the newest EFA installer ships is the one the pages use', () => {
    const installer = dated.find((e) => /EFA installer [\d.]+ ships aws-ofi-nccl/.test(e.heading));
    expect(installer, 'an EFA installer entry').toBeDefined();
    const [, installerVersion, plugin] = /EFA installer ([\d.]+) ships aws-ofi-nccl ([\d.]+)/.exec(installer!.heading)!;
    // The EFA cluster guide builds that version from its release tarball.
    const guide = codeBlocks(page('guides/efa-cluster')).find((b) => /aws-ofi-nccl-\$\{VERSION\}\.tar\.gz/.test(b.code));
    expect(guide, 'the guide’s tarball step').toBeDefined();
    expect(/^VERSION=([\d.]+)$/m.exec(guide!.code)?.[1]).toBe(plugin);
    expect(guide!.code).toContain(`EFA installer ${installerVersion} (${installer!.date})`);
    // The EFA page and the sources page name the same version and installer.
    expect(page('efa').replace(/\s+/g, ' ')).toContain(`EFA installer ${installerVersion} (${installer!.date}) ships plugin v${plugin}`);
    expect(page('reference/sources')).toContain(`v${plugin} is the plugin EFA installer ${installerVersion} (${installer!.date}) ships`);
  });
});
