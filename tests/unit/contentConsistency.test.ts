/**
 * Consistency tests: the rules that AWS changed, or that the site once got
 * wrong, must not be stated the old way anywhere, and the tools must read
 * them from src/data/networkRules.ts instead of restating them.
 *
 * Each contradiction below was shipped once (issue 11). A test fails when a
 * page, a tool text or the quiz states the old rule again.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, it, expect} from 'vitest';
import {readDocs} from './docs';
import {codeBlocks} from '../../scripts/lib/snippetCheck';
import {networkRules as R} from '../../src/data/networkRules';
import {CAVEATS, OUTCOMES, RULES_SUMMARY} from '../../src/lib/decision';
import {efaLayout, baselineGbps} from '../../src/lib/instanceCalc';
import {instanceTypes} from '../../src/data/instances';
import {ROWS} from '../../src/data/interfaces';
import {QUIZ} from '../../src/data/quiz';
import {counterInfo} from '../../src/data/counters';

const ROOT = path.resolve(__dirname, '../..');
const docs = readDocs();

/** Reader-visible text from the TypeScript modules that state rules. */
const TOOL_FILES = [
  'src/data/interfaces.ts',
  'src/data/quiz.ts',
  'src/lib/decision.ts',
  'src/lib/instanceCalc.ts',
  'src/lib/ethtoolStats.ts',
  'src/data/counters.ts',
  'src/lib/counterDelta.ts',
];
// The change log quotes old rules on purpose, as history; every other page states current ones.
const HISTORY = 'reference/changes';
const sources: {name: string; text: string}[] = [
  ...docs.filter((d) => d.slug !== HISTORY).map((d) => ({name: d.file, text: d.body})),
  ...TOOL_FILES.map((f) => ({name: f, text: fs.readFileSync(path.join(ROOT, f), 'utf8')})),
];

/** Text in which line breaks inside paragraphs do not hide a phrase. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

type Contradiction = {rule: string; pattern: RegExp; why: string};

const CONTRADICTIONS: Contradiction[] = [
  {
    rule: 'efaOnlyOnCard0Device1',
    pattern: /(cannot|can't|never)\s+(sit|sits|be|go)?\s*on\s+(network\s+)?card\s+0/i,
    why: 'only the primary (card 0, device index 0) is never efa-only; card 0 can carry efa-only at device index 1',
  },
  {
    rule: 'efaOnlyOnCard0Device1',
    pattern: /card 0 (cannot|can't|can never) (take|carry|hold|get)[^.]{0,40}efa-only/i,
    why: 'card 0 can carry an efa-only interface at device index 1',
  },
  {
    rule: 'efaOnlyOnCard0Device1',
    // "no `efa-only` on card 0", "no efa-only interfaces on network card 0"
    pattern: /\bno\s+`?efa-only`?(\s+interfaces?)?\s+(on|at)\s+(network\s+)?card\s+0\b/i,
    why: 'only the primary (card 0, device index 0) is never efa-only; efa-only at card 0, device index 1 is allowed',
  },
  {
    rule: 'efaOnlyOnCard0Device1',
    pattern: /efa-only[^.]{0,40}(on|to) (network )?cards 1 and up/i,
    why: 'efa-only interfaces belong on card 0 (device index 1) too',
  },
  {
    rule: 'efaTrafficScope',
    pattern: /(?<!not )(must|need to|have to|required to) (be|stay|sit|run) in (the )?(same|one) subnet/i,
    why: 'EFA peers need one AZ and one VPC; one subnet is advice',
  },
  {
    rule: 'efaTrafficScope',
    pattern: /(?<!not (a )?)same subnet (is )?(required|a requirement)/i,
    why: 'EFA peers need one AZ and one VPC; one subnet is advice',
  },
  {
    rule: 'data: single-card bandwidth',
    pattern: /200 Gbps (per|on a single|on one) (network )?card/i,
    why: 'single-card types reach 300, 350 and 400 Gbps in the data',
  },
  {
    rule: 'SRD ordering',
    pattern: /SRD[^.]{0,40}(delivers|keeps|guarantees)[^.]{0,30}in order/i,
    why: 'SRD does not keep order; ENA Express or Libfabric reorders',
  },
  {
    rule: 'linkLocalPerInterface',
    pattern: /(all|the) allowances are \**per instance/i,
    why: 'the link-local allowance is per network interface',
  },
  {
    rule: 'linkLocalPerInterface',
    pattern: /all allowances[^.]{0,30}not per[- ](ENI|interface)/i,
    why: 'the link-local allowance is per network interface',
  },
  {
    rule: 'gatewayEgressLimit',
    pattern: /(another|other) Regions?,? (or |an internet gateway, )?(AWS )?Direct Connect/i,
    why: 'the current bandwidth page limits internet-gateway and local-gateway traffic only',
  },
  {
    rule: 'gatewayEgressLimit',
    pattern: /leaving the Region (gets|has) (only part|the smaller)/i,
    why: 'the current bandwidth page limits internet-gateway and local-gateway traffic only',
  },
  {
    rule: 'maxPodsCalculatorRemoved',
    // A link pinned to a commit (the script's last version) still works; one to a branch is dead.
    pattern: /blob\/(?:main|master)\/templates\/al2\/runtime\/max-pods-calculator\.sh/,
    why: 'the script was removed with AL2 support; a link to it on a branch is dead',
  },
  {
    rule: 'eniAttachWhen',
    pattern: /only way to start an instance with several interfaces/i,
    why: 'warm and hot attach add interfaces too',
  },
  {
    rule: 'aws-ofi-nccl README',
    pattern: /git clone https:\/\/github\.com\/aws\/aws-ofi-nccl/,
    why: 'the plugin README asks for a release tarball, not a branch',
  },
  {
    rule: 'VPC router address',
    pattern: /first address of the subnet/i,
    why: 'the VPC router is the base address plus one; the first address is the network address',
  },
  {
    rule: 'ENA Express eligibility',
    pattern: /eligible packets grow but SRD packets do not, check the other end/i,
    why: 'eligibility already requires both ends',
  },
  {
    rule: 'enaSrdEligibleGap',
    pattern: /\b(look at|check)\b[^.]{0,80}\b(settings|configuration) of both (ends|interfaces|sides|instances)/i,
    why: 'eligible packets already meet the conditions on both ends; a gap to ena_srd_tx_pkts is resources, MTU or a live migration',
  },
  {
    rule: 'reader-facing text',
    pattern: /the notes' version|study notes this site grew from|original study notes/i,
    why: 'the reader has never seen those notes',
  },
];

describe('no page or tool states a rule the old way', () => {
  for (const c of CONTRADICTIONS) {
    it(`${c.rule}: ${c.why}`, () => {
      const hits = sources.filter((s) => c.pattern.test(flat(s.text))).map((s) => s.name);
      expect(hits, `${c.pattern} found`).toEqual([]);
    });
  }

  it('the patterns catch the old wording (so they can fail)', () => {
    const old = [
      'It can only be a secondary interface and never sits on network card 0.',
      'At most one EFA per network card, and card 0 cannot take an `efa-only` interface.',
      'EFA-only interfaces on network cards 1 and up, plus an ENA primary.',
      '| Amazon EKS: EFA on nodes | One EFA per network card, no `efa-only` on card 0, EKS requirements |',
      'There are no efa-only interfaces on network card 0.',
      'All EFA peers must be in the same subnet.',
      '"Up to 100 Gbps" in the EC2 docs; 200 Gbps per card in the API data.',
      'SRD delivers packets in order at the receiver.',
      'The allowances are **per instance** and depend on the instance type.',
      'Traffic to the internet, another Region, AWS Direct Connect or a local gateway can use 50%.',
      'https://github.com/awslabs/amazon-eks-ami/blob/main/templates/al2/runtime/max-pods-calculator.sh',
      'git clone https://github.com/aws/aws-ofi-nccl.git',
      "The notes' version is a simplification.",
      'If it stays at zero while eligible packets grow, look at ena_srd_resource_utilization and at the ENA Express settings of both interfaces.',
      'Look at ena_srd_resource_utilization and at the ENA Express settings of both ends.',
    ];
    for (const text of old) {
      expect(
        CONTRADICTIONS.some((c) => c.pattern.test(text)),
        text,
      ).toBe(true);
    }
    // ...and leave the current wording alone.
    for (const text of [
      R.primaryNotEfaOnly.statement,
      R.efaOnlyOnCard0Device1.statement,
      R.efaTrafficScope.statement,
      R.enaExpressBothEnds.statement,
      R.enaSrdEligibleGap.statement,
      R.enaSrdEligibleGap.detail,
    ]) {
      expect(
        CONTRADICTIONS.some((c) => c.pattern.test(text)),
        text,
      ).toBe(false);
    }
  });
});

describe('the tools read the rules from src/data/networkRules.ts', () => {
  it('decision helper caveats quote the rules', () => {
    expect(CAVEATS['same-subnet'].text).toBe(R.efaTrafficScope.statement);
    expect(CAVEATS['sg-self-rule'].text).toBe(R.efaSecurityGroupSelfRef.statement);
    expect(CAVEATS['no-hot-attach'].text).toBe(R.efaHotAttach.statement);
    expect(CAVEATS['efa-only-rules'].text).toContain(R.primaryNotEfaOnly.statement);
    expect(CAVEATS['efa-only-rules'].text).toContain(R.efaOnlyOnCard0Device1.statement);
    expect(OUTCOMES['efa-only'].title).toMatch(/card 0 at device index 1/);
    expect(RULES_SUMMARY.join(' ')).toMatch(/device index 1 on card 0/);
  });

  it('the explorer EFA layout quotes the rules', () => {
    const p4d = instanceTypes.find((t) => t.type === 'p4d.24xlarge')!;
    const lines = efaLayout(p4d).lines.join(' ');
    expect(lines).toContain(R.primaryNotEfaOnly.statement);
    expect(lines).toContain(R.efaOnlyOnCard0Device1.statement);
    expect(lines).toContain(R.efaHotAttach.statement);
  });

  it('the ENA Express counters quote the rules', () => {
    expect(counterInfo('ena-express', 'ena_srd_mode')?.action).toBe(R.enaExpressBothEnds.statement);
    expect(counterInfo('ena-express', 'ena_srd_tx_pkts')?.action).toContain(R.enaSrdEligibleGap.statement);
    expect(counterInfo('ena-express', 'ena_srd_eligible_tx_pkts')?.action).toContain(R.enaSrdEligibleGap.detail);
  });

  it('the counter explanations read the gateway and link-local rules instead of restating them', () => {
    const src = fs.readFileSync(path.join(ROOT, 'src/data/counters.ts'), 'utf8');
    for (const phrase of [/50%/, /5 Gbps/, /1,024/, /per (network )?interface, not per instance/]) {
      expect(src, `src/data/counters.ts restates ${phrase}`).not.toMatch(phrase);
    }
    expect(counterInfo('ena-allowance', 'bw_out_allowance_exceeded')?.meaning).toContain(R.gatewayEgressLimit.statement);
    expect(counterInfo('ena-allowance', 'linklocal_allowance_exceeded')?.meaning).toContain(R.linkLocalPerInterface.statement);
  });

  it('the comparison table quotes the rules', () => {
    const note = (id: string) => ROWS.find((r) => r.id === id)?.note ?? '';
    expect(note('routing')).toContain(R.efaTrafficScope.statement);
    expect(note('windows')).toContain(R.efaOnlyCdi.statement);
    expect(note('per-instance')).toContain(R.oneEfaPerCard.statement);
  });
});

describe('pages agree with the instance data', () => {
  const singleCard = instanceTypes
    .filter((t) => t.cards.length === 1)
    .map((t) => ({type: t.type, gbps: baselineGbps(t) ?? 0}))
    .sort((a, b) => b.gbps - a.gbps);
  const top = singleCard[0]!;

  it('the ENA page names the fastest single-card type in the data', () => {
    const ena = flat(docs.find((d) => d.slug === 'ena')!.body);
    expect(ena).toContain(`${top.gbps} Gbps (${top.type})`);
  });

  it('the comparison table states the same single-card maximum', () => {
    const bw = ROWS.find((r) => r.id === 'bandwidth')!.values.ena;
    expect(bw).toContain(`${top.gbps} Gbps on one card (${top.type})`);
  });

  it('the ENI page counts the single-card types above 100 Gbps as the data does', () => {
    const n = singleCard.filter((t) => t.gbps > 100).length;
    const eni = flat(docs.find((d) => d.slug === 'eni')!.body);
    expect(eni).toContain(`${n} single-card types exceed it`);
  });
});

describe('runnable snippets keep their own promises', () => {
  const blocks = docs.flatMap((d) => codeBlocks(d.body).map((b) => ({...b, file: d.file})));

  it('every mpirun -N k uses a host file with at least k slots per host', () => {
    let checked = 0;
    for (const b of blocks.filter((x) => /mpirun/.test(x.code))) {
      const hostfiles = new Map<string, number[]>();
      for (const m of b.code.matchAll(/cat > (\S+) <<'(\w+)'\n([\s\S]*?)\n\2/g)) {
        hostfiles.set(
          m[1]!,
          [...m[3]!.matchAll(/slots=(\d+)/g)].map((s) => Number(s[1])),
        );
      }
      for (const m of b.code.matchAll(/mpirun --hostfile (\S+)[^\n]*?-N (\d+)/g)) {
        const slots = hostfiles.get(m[1]!);
        expect(slots, `${b.file}: host file ${m[1]} must be written in the same block`).toBeDefined();
        for (const s of slots!) expect(s, `${b.file}: ${m[1]} slots`).toBeGreaterThanOrEqual(Number(m[2]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it('every Terraform snippet with efa-only pins the AWS provider to 5.74 or later', () => {
    const tf = blocks.filter((b) => (b.lang === 'hcl' || b.lang === 'terraform') && /"efa-only"/.test(b.code));
    expect(tf.length).toBeGreaterThanOrEqual(1);
    for (const b of tf) {
      const v = /version\s*=\s*">=\s*(\d+)\.(\d+)/.exec(b.code);
      expect(v, `${b.file}: efa-only needs required_providers with a minimum version`).not.toBeNull();
      const [major, minor] = [Number(v![1]), Number(v![2])];
      expect(major > 5 || (major === 5 && minor >= 74), `${b.file}: provider >= 5.74`).toBe(true);
    }
  });
});

describe('no local machine paths in shipped code', () => {
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'mermaid-cache' ? [] : walk(rel);
      return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [rel] : [];
    });
  const files = ['src', 'scripts'].flatMap(walk);
  it('source files do not name /work/, /home/ or /Users/ paths', () => {
    const hits = files.filter((f) => /\/work\/(shared|wt|main)|\/home\/\w+\/|\/Users\/\w+/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(hits).toEqual([]);
  });
});

describe('knowledge check agrees with the rules', () => {
  it('no correct answer requires the same subnet for EFA', () => {
    for (const q of QUIZ) {
      for (const id of q.correct) {
        const text = q.options.find((o) => o.id === id)!.text;
        expect(text, q.id).not.toMatch(/^Both instances in the same subnet/);
      }
    }
  });
});
