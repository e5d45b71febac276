/**
 * Import EC2 instance-type network data into src/data/.
 *
 *   npm run data:import -- <file>... [--karpenter <karpenter-vpc-limits.json>] [options]
 *
 * <file>: getmoto/moto's instance_types.json (object keyed by type) or the output of
 * `aws ec2 describe-instance-types --output json`, also several pages concatenated.
 *
 * Options (defaults describe the data in the project's shared data folder):
 *   --karpenter <file>        branch-ENI limits (Karpenter's vpclimits, converted to JSON)
 *   --offerings <dir>         DescribeInstanceTypeOfferings: <dir>/region/*.json and
 *                             <dir>/availability-zone-id/*.json (one file per Region)
 *   --bandwidth <file>        docs-derived baseline bandwidth (Karpenter's bandwidth file as JSON):
 *                             cross-checked against the API, disagreements printed and stored
 *   --vpc-cni <file>          VPC CNI limits (JSON) and
 *   --max-pods <file>         eni-max-pods.txt: with --karpenter and --bandwidth, the source of
 *                             the types that are not in the API dump (kept apart, marked)
 *   --out-dir <dir>           where to write (default: src/data)
 *   --import-date YYYY-MM-DD  default: today (UTC)
 *   --source-repo <url> --source-path <path> --source-commit <sha> --version-date YYYY-MM-DD
 *                             provenance of the DescribeInstanceTypes data
 *   --source-url <url>        link to the data file (default: built from repo, commit and path)
 *   --no-karpenter-provenance for a run without --karpenter
 *   --extra-provenance <file> JSON with offerings / docsBandwidth / vpcCni provenance
 *                             (default: the versions described in the shared SOURCES.md)
 *
 * Writes instances.generated.json, instanceExtras.generated.json and
 * instanceCounts.ts, all or none, formatted with the repository's Prettier
 * config (the .generated.json files are in .prettierignore and stay as written). The "changes" part of the extras file is the
 * diff against the previous import found in --out-dir (kept when the
 * DescribeInstanceTypes commit did not change).
 */
import fs from 'node:fs';
import path from 'node:path';
import {decodeCompact, type CompactData, type CompactRegion, type InstanceType} from '../src/lib/instanceData';
import {ImportError, applyKarpenter, countInstances, parseInstanceFiles} from './lib/instanceImport';
import {
  DEFAULT_PROVENANCE,
  countsModuleVersion,
  formatForRepo,
  renderCountsModule,
  renderDataJson,
  renderExtrasJson,
  writeFilesAtomically,
  type ExtrasFile,
  type ImportProvenance,
} from './lib/instanceOutput';
import {
  applyOfferings,
  countByRegion,
  crossCheckBandwidth,
  diffImports,
  parseDocsBandwidth,
  parseLimitsFile,
  parseMaxPods,
  parseOfferings,
  supplementaryTypes,
  type OfferingFile,
} from './lib/instanceSources';

const FLAGS = ['no-karpenter-provenance'];
const KNOWN = [
  'karpenter',
  'offerings',
  'bandwidth',
  'vpc-cni',
  'max-pods',
  'out-dir',
  'import-date',
  'source-repo',
  'source-path',
  'source-commit',
  'version-date',
  'source-url',
  'extra-provenance',
  ...FLAGS,
];

function parseArgs(argv: string[]): {files: string[]; opts: Record<string, string>} {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === undefined) break;
    if (a.startsWith('--')) {
      const key = a.slice(2);
      if (FLAGS.includes(key)) {
        opts[key] = '1';
        continue;
      }
      const value = argv[++i];
      if (value === undefined) throw new ImportError(`option ${a} needs a value`);
      opts[key] = value;
    } else files.push(a);
  }
  for (const k of Object.keys(opts)) if (!KNOWN.includes(k)) throw new ImportError(`unknown option --${k}`);
  if (files.length === 0) throw new ImportError('give at least one DescribeInstanceTypes JSON file');
  for (const k of ['import-date', 'version-date']) {
    const v = opts[k];
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ImportError(`--${k} must be YYYY-MM-DD`);
  }
  return {files, opts};
}

function readOfferingDir(dir: string): OfferingFile[] {
  const out: OfferingFile[] = [];
  for (const [sub, kind] of [
    ['region', 'region'],
    ['availability-zone-id', 'zone'],
  ] as const) {
    const d = path.join(dir, sub);
    if (!fs.existsSync(d)) {
      if (kind === 'zone') throw new ImportError(`${d}: folder not found (expected one <region>.json per Region)`);
      continue;
    }
    for (const f of fs
      .readdirSync(d)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      out.push({name: `${sub}/${f}`, region: f.slice(0, -'.json'.length), kind, text: fs.readFileSync(path.join(d, f), 'utf8')});
    }
  }
  return out;
}

/** The previous import in the output folder, if any (for the "new since" diff). */
function readPrevious(outDir: string): {types: InstanceType[]; extras: ExtrasFile | null; commit: string | null; versionDate: string | null} | null {
  const dataPath = path.join(outDir, 'instances.generated.json');
  if (!fs.existsSync(dataPath)) return null;
  let types: InstanceType[];
  try {
    types = decodeCompact(JSON.parse(fs.readFileSync(dataPath, 'utf8')) as CompactData);
  } catch (e) {
    throw new ImportError(`${dataPath}: the previous import cannot be read (${(e as Error).message}); move it away to import from scratch`);
  }
  const extrasPath = path.join(outDir, 'instanceExtras.generated.json');
  const extras = fs.existsSync(extrasPath) ? (JSON.parse(fs.readFileSync(extrasPath, 'utf8')) as ExtrasFile) : null;
  const countsPath = path.join(outDir, 'instanceCounts.ts');
  const counts = fs.existsSync(countsPath) ? fs.readFileSync(countsPath, 'utf8') : '';
  return {types, extras, ...countsModuleVersion(counts)};
}

async function main(argv: string[]): Promise<void> {
  const {files, opts} = parseArgs(argv);
  const read = (f: string) => fs.readFileSync(f, 'utf8');

  let types = parseInstanceFiles(files.map((f) => ({name: path.basename(f), text: read(f)})));
  let karpenterNote = 'no branch-ENI data (no --karpenter)';
  if (opts.karpenter) {
    const k = applyKarpenter(types, read(opts.karpenter), path.basename(opts.karpenter));
    types = k.types;
    karpenterNote = `branch ENIs for ${k.matched} types`;
    for (const w of k.warnings) console.warn(`warning: ${w}`);
  }
  let regions: CompactRegion[] = [];
  if (opts.offerings) {
    const off = parseOfferings(readOfferingDir(opts.offerings));
    const applied = applyOfferings(types, off);
    types = applied.types;
    regions = off.regions;
    if (applied.unknownTypes.length)
      console.warn(`warning: offerings list ${applied.unknownTypes.length} types not in the API data: ${applied.unknownTypes.join(', ')}`);
  }
  const docs = opts.bandwidth ? parseDocsBandwidth(read(opts.bandwidth), path.basename(opts.bandwidth)) : undefined;
  let disagreements: ExtrasFile['disagreements'] = [];
  if (docs) {
    const c = crossCheckBandwidth(types, docs);
    types = c.types;
    disagreements = c.disagreements;
  }
  const supplementary = supplementaryTypes(types, {
    karpenter: opts.karpenter ? parseLimitsFile(read(opts.karpenter), path.basename(opts.karpenter), 'karpenter') : undefined,
    vpcCni: opts['vpc-cni'] ? parseLimitsFile(read(opts['vpc-cni']), path.basename(opts['vpc-cni']), 'vpc-cni') : undefined,
    maxPods: opts['max-pods'] ? parseMaxPods(read(opts['max-pods']), path.basename(opts['max-pods'])) : undefined,
    docs,
  });

  const d = DEFAULT_PROVENANCE.instances;
  const repo = opts['source-repo'] ?? d.repository;
  const commit = opts['source-commit'] ?? d.commit;
  const srcPath = opts['source-path'] ?? d.path;
  const extraProv = opts['extra-provenance'] ? (JSON.parse(read(opts['extra-provenance'])) as Partial<ImportProvenance>) : {};
  const prov: ImportProvenance = {
    instances: {
      repository: repo,
      path: srcPath,
      commit,
      versionDate: opts['version-date'] ?? d.versionDate,
      licence: d.licence,
      url: opts['source-url'] ?? `${repo}/blob/${commit}/${srcPath}`,
    },
    karpenter: opts.karpenter && !opts['no-karpenter-provenance'] ? (extraProv.karpenter ?? DEFAULT_PROVENANCE.karpenter) : null,
    offerings: opts.offerings ? (extraProv.offerings ?? DEFAULT_PROVENANCE.offerings) : null,
    docsBandwidth: opts.bandwidth ? (extraProv.docsBandwidth ?? DEFAULT_PROVENANCE.docsBandwidth) : null,
    vpcCni: opts['vpc-cni'] || opts['max-pods'] ? (extraProv.vpcCni ?? DEFAULT_PROVENANCE.vpcCni) : null,
    importDate: opts['import-date'] ?? new Date().toISOString().slice(0, 10),
  };
  if (!prov.instances.url.startsWith('https://')) throw new ImportError('--source-url must be an https URL');

  const outDir = opts['out-dir'] ?? path.join('src', 'data');
  const prev = readPrevious(outDir);
  const to = {versionDate: prov.instances.versionDate, commit: prov.instances.commit};
  let changes: ExtrasFile['changes'];
  if (prev && prev.commit === commit && prev.extras) {
    changes = prev.extras.changes; // same upstream version: keep the last real diff
  } else {
    const diff = diffImports(prev?.types ?? [], types);
    changes = {
      from: prev && prev.commit && prev.versionDate ? {versionDate: prev.versionDate, commit: prev.commit} : null,
      to,
      ...(prev ? diff : {added: [], removed: [], changed: []}),
    };
  }

  const outputs: [string, string][] = [
    ['instances.generated.json', renderDataJson(types, regions)],
    ['instanceExtras.generated.json', renderExtrasJson({format: 1, disagreements, supplementary, changes})],
    ['instanceCounts.ts', renderCountsModule(types, prov)],
  ];
  // Formatted as `npm run lint` checks them, so a re-import or the refresh pull request passes lint.
  writeFilesAtomically(await Promise.all(outputs.map(async ([name, text]) => ({path: path.join(outDir, name), content: await formatForRepo(name, text)}))));

  const c = countInstances(types);
  console.log(
    `Imported ${c.total} instance types (${c.efa} with EFA, ${c.enaExpress} with ENA Express, ${c.multiCard} with several network cards; ${karpenterNote}) into ${outDir}/`,
  );
  if (regions.length) {
    console.log(`Offerings: ${regions.length} Regions, ${regions.reduce((s, [, z]) => s + z.length, 0)} zone IDs`);
    for (const r of countByRegion(types, regions))
      console.log(`  ${r.region.padEnd(16)} ${String(r.zones).padStart(2)} zones ${String(r.types).padStart(5)} types`);
  }
  if (docs) {
    console.log(`Bandwidth: API vs AWS docs tables differ beyond rounding for ${disagreements.length} types:`);
    for (const x of disagreements) console.log(`  ${x.type.padEnd(22)} API ${x.apiGbps} Gbps, docs ${x.docsGbps} Gbps`);
  }
  if (supplementary.length)
    console.log(`Not in the API dump (kept apart, marked): ${supplementary.length} types: ${supplementary.map((s) => s.type).join(', ')}`);
  console.log(
    `Since the previous import${changes.from ? ` (${changes.from.versionDate})` : ''}: ${changes.added.length} added, ${changes.removed.length} removed, ${changes.changed.length} limits changed`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof ImportError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`data:import: ${(e as Error).message}`);
    process.exit(1);
  }
  throw e;
});
