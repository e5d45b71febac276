/**
 * Import EC2 DescribeInstanceTypes data into src/data/.
 *
 *   npm run data:import -- <file>... [--karpenter <karpenter-vpc-limits.json>] [options]
 *
 * <file>: getmoto/moto's instance_types.json (object keyed by type) or the output of
 * `aws ec2 describe-instance-types --output json`, also several pages concatenated.
 *
 * Options (defaults describe the data in the project's shared data folder):
 *   --karpenter <file>        branch-ENI limits (Karpenter's vpclimits, converted to JSON)
 *   --out-dir <dir>           where to write (default: src/data)
 *   --import-date YYYY-MM-DD  default: today (UTC)
 *   --source-repo <url> --source-path <path> --source-commit <sha> --version-date YYYY-MM-DD
 *                             provenance of the DescribeInstanceTypes data
 *   --source-url <url>        link to the data file (default: built from repo, commit and path)
 *   --no-karpenter-provenance for a run without --karpenter
 *
 * Writes instances.generated.json and instanceCounts.ts, both or neither.
 */
import fs from 'node:fs';
import path from 'node:path';
import {ImportError, applyKarpenter, countInstances, parseInstanceFiles} from './lib/instanceImport';
import {DEFAULT_PROVENANCE, renderCountsModule, renderDataJson, writeFilesAtomically, type ImportProvenance} from './lib/instanceOutput';

function main(argv: string[]): void {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === undefined) break;
    if (a.startsWith('--')) {
      const key = a.slice(2);
      if (key === 'no-karpenter-provenance') {
        opts[key] = '1';
        continue;
      }
      const value = argv[++i];
      if (value === undefined) throw new ImportError(`option ${a} needs a value`);
      opts[key] = value;
    } else files.push(a);
  }
  const known = ['karpenter', 'out-dir', 'import-date', 'source-repo', 'source-path', 'source-commit', 'version-date', 'source-url', 'no-karpenter-provenance'];
  for (const k of Object.keys(opts)) if (!known.includes(k)) throw new ImportError(`unknown option --${k}`);
  if (files.length === 0) throw new ImportError('give at least one DescribeInstanceTypes JSON file');
  const date = /^\d{4}-\d{2}-\d{2}$/;
  for (const k of ['import-date', 'version-date']) {
    if (opts[k] !== undefined && !date.test(opts[k])) throw new ImportError(`--${k} must be YYYY-MM-DD`);
  }

  let types = parseInstanceFiles(files.map((f) => ({name: path.basename(f), text: fs.readFileSync(f, 'utf8')})));
  let karpenterNote = 'no branch-ENI data (no --karpenter)';
  if (opts.karpenter) {
    const k = applyKarpenter(types, fs.readFileSync(opts.karpenter, 'utf8'), path.basename(opts.karpenter));
    types = k.types;
    karpenterNote = `branch ENIs for ${k.matched} types`;
    for (const w of k.warnings) console.warn(`warning: ${w}`);
  }

  const d = DEFAULT_PROVENANCE.instances;
  const repo = opts['source-repo'] ?? d.repository;
  const commit = opts['source-commit'] ?? d.commit;
  const srcPath = opts['source-path'] ?? d.path;
  const prov: ImportProvenance = {
    instances: {
      repository: repo,
      path: srcPath,
      commit,
      versionDate: opts['version-date'] ?? d.versionDate,
      licence: d.licence,
      url: opts['source-url'] ?? `${repo}/blob/${commit}/${srcPath}`,
    },
    karpenter: opts.karpenter && !opts['no-karpenter-provenance'] ? DEFAULT_PROVENANCE.karpenter : null,
    importDate: opts['import-date'] ?? new Date().toISOString().slice(0, 10),
  };
  if (!prov.instances.url.startsWith('https://')) throw new ImportError('--source-url must be an https URL');

  const outDir = opts['out-dir'] ?? path.join('src', 'data');
  writeFilesAtomically([
    {path: path.join(outDir, 'instances.generated.json'), content: renderDataJson(types)},
    {path: path.join(outDir, 'instanceCounts.ts'), content: renderCountsModule(types, prov)},
  ]);
  const c = countInstances(types);
  console.log(
    `Imported ${c.total} instance types (${c.efa} with EFA, ${c.enaExpress} with ENA Express, ${c.multiCard} with several network cards; ${karpenterNote}) into ${outDir}/`,
  );
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ImportError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`data:import: ${(e as Error).message}`);
    process.exit(1);
  }
  throw e;
}
