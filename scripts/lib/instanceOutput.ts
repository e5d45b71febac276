/**
 * Renders the files scripts/import-instance-data.ts writes, formats them as
 * `npm run lint` (prettier --check .) expects, and writes them atomically
 * (temp file + rename), so a failed import never leaves a half file.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import {encodeCompact, type CompactRegion, type InstanceType} from '../../src/lib/instanceData';
import type {Disagreement, ImportChanges, SupplementaryType} from '../../src/data/instanceMeta';
import {countInstances} from './instanceImport';
import type {ImportProvenance} from '../../src/data/instanceMeta';

export type {ImportProvenance};

/** The upstream version of the imported data: the moto DescribeInstanceTypes dump and the Karpenter limits below. */
export const DEFAULT_PROVENANCE: ImportProvenance = {
  instances: {
    repository: 'https://github.com/getmoto/moto',
    path: 'moto/ec2/resources/instance_types.json',
    commit: '34d6cad5abbb7b91c97578f3249b39a7e2df1ed5',
    versionDate: '2026-08-02',
    licence: 'Apache-2.0',
    url: 'https://github.com/getmoto/moto/blob/34d6cad5abbb7b91c97578f3249b39a7e2df1ed5/moto/ec2/resources/instance_types.json',
  },
  karpenter: {
    repository: 'https://github.com/aws/karpenter-provider-aws',
    path: 'pkg/providers/instancetype/zz_generated.vpclimits.go',
    commit: '7f27b4e85d3157418ab84eb04a3c91da7cb8fbba',
    versionDate: '2026-08-18',
    generated: '2026-08-06T04:02:42Z',
    licence: 'Apache-2.0',
    url: 'https://github.com/aws/karpenter-provider-aws/blob/7f27b4e85d3157418ab84eb04a3c91da7cb8fbba/pkg/providers/instancetype/zz_generated.vpclimits.go',
  },
  offerings: {
    repository: 'https://github.com/getmoto/moto',
    path: 'moto/ec2/resources/instance_type_offerings/{region,availability-zone-id}/',
    commit: 'c6bd43ff2d090b35b6491f1cc80bffd29063e5c8',
    versionDate: '2026-08-01',
    licence: 'Apache-2.0',
    url: 'https://github.com/getmoto/moto/tree/c6bd43ff2d090b35b6491f1cc80bffd29063e5c8/moto/ec2/resources/instance_type_offerings',
  },
  docsBandwidth: {
    repository: 'https://github.com/aws/karpenter-provider-aws',
    path: 'pkg/providers/instancetype/zz_generated.bandwidth.go',
    commit: '7f27b4e85d3157418ab84eb04a3c91da7cb8fbba',
    versionDate: '2026-08-18',
    licence: 'Apache-2.0',
    url: 'https://github.com/aws/karpenter-provider-aws/blob/7f27b4e85d3157418ab84eb04a3c91da7cb8fbba/pkg/providers/instancetype/zz_generated.bandwidth.go',
    note: 'Scraped from the "Network specifications" tables of https://docs.aws.amazon.com/ec2/latest/instancetypes/ by hack/code/bandwidth_gen',
  },
  vpcCni: {
    repository: 'https://github.com/aws/amazon-vpc-cni-k8s',
    path: 'pkg/vpc/vpc_ip_resource_limit.go, misc/eni-max-pods.txt',
    commit: '6152e01c83bb8f04fdc8690e99134ebe1445db29',
    versionDate: '2026-08-11',
    licence: 'Apache-2.0',
    url: 'https://github.com/aws/amazon-vpc-cni-k8s/blob/6152e01c83bb8f04fdc8690e99134ebe1445db29/misc/eni-max-pods.txt',
  },
  importDate: '1970-01-01',
};

export function renderDataJson(types: readonly InstanceType[], regions: readonly CompactRegion[] = []): string {
  const data = encodeCompact(types, regions);
  // One row per line: small diffs when the data is refreshed.
  const rows = data.rows.map((r) => JSON.stringify(r)).join(',\n');
  const head = (['labels', 'conntrack', 'regions', 'zoneSets', 'docsBandwidth'] as const).map((k) => `"${k}":${JSON.stringify(data[k])}`).join(',\n');
  return `{"format":${data.format},\n${head},\n"rows":[\n${rows}\n]}\n`;
}

/** The small second file: disagreements, types not in the API dump, and the diff to the previous import. */
export type ExtrasFile = {
  format: 1;
  disagreements: Disagreement[];
  supplementary: SupplementaryType[];
  changes: ImportChanges;
};

export function renderExtrasJson(extras: ExtrasFile): string {
  return `${JSON.stringify(extras, null, 1)}\n`;
}

/** The repository: Prettier's config and ignore file are looked up here, whatever --out-dir is. */
const ROOT = path.resolve(__dirname, '..', '..');

/** Where a generated file lives in the repository (src/data/<name>): the path its Prettier options and ignore status are decided for. */
export function repoDataPath(name: string): string {
  return path.join(ROOT, 'src', 'data', path.basename(name));
}

/**
 * The Prettier options the repository's `prettier --check .` applies to src/data/<name>,
 * or null when .prettierignore leaves that file out (the *.generated.json files,
 * kept one row per line for small diffs).
 */
export async function prettierOptionsFor(name: string): Promise<prettier.Options | null> {
  const filepath = repoDataPath(name);
  const info = await prettier.getFileInfo(filepath, {ignorePath: path.join(ROOT, '.prettierignore')});
  if (info.ignored) return null;
  const config = await prettier.resolveConfig(filepath, {editorconfig: true});
  return {...config, filepath};
}

/** A generated file as the repository's Prettier check wants it (unchanged when the file is in .prettierignore). */
export async function formatForRepo(name: string, content: string): Promise<string> {
  const options = await prettierOptionsFor(name);
  return options ? prettier.format(content, options) : content;
}

/**
 * The DescribeInstanceTypes version recorded in a counts module, raw (JSON
 * quoting) or formatted by Prettier (bare keys, single quotes); null fields
 * when the module has none.
 */
export function countsModuleVersion(text: string): {commit: string | null; versionDate: string | null} {
  const block = /\binstances['"]?:\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const field = (key: string, value: string) => new RegExp(`\\b${key}['"]?:\\s*['"](${value})['"]`).exec(block)?.[1] ?? null;
  return {commit: field('commit', '[0-9a-f]+'), versionDate: field('versionDate', '\\d{4}-\\d{2}-\\d{2}')};
}

export function renderCountsModule(types: InstanceType[], prov: ImportProvenance): string {
  const c = countInstances(types);
  const counts = {
    total: c.total,
    efa: c.efa,
    enaExpress: c.enaExpress,
    multiCard: c.multiCard,
    enaSupport: c.enaSupport,
    asOf: prov.instances.versionDate,
    source: prov.instances.url,
  };
  return `/**
 * GENERATED by scripts/import-instance-data.ts - do not edit by hand.
 * Re-run: npm run data:import -- <DescribeInstanceTypes dump> --karpenter <karpenter-vpc-limits.json>
 *
 * Small on purpose: any page may import this module (the full per-type data
 * lives in instances.generated.json and loads only on the explorer page).
 */

import type {ImportProvenance, InstanceCounts} from './instanceMeta';

export type {DataProvenance, ImportProvenance, InstanceCounts} from './instanceMeta';

export const instanceCounts: InstanceCounts = ${JSON.stringify(counts, null, 2)};

/** Instance families (the part before the dot) with at least one EFA-capable size. */
export const efaFamilies: readonly string[] = ${JSON.stringify(c.efaFamilies)};

/** Where the instance data came from and when it was imported. */
export const instanceDataProvenance: ImportProvenance = ${JSON.stringify(prov, null, 2)};
`;
}

/** Write several files so that either all are replaced or none is. */
export function writeFilesAtomically(files: {path: string; content: string}[]): void {
  const temps: {tmp: string; final: string}[] = [];
  try {
    for (const f of files) {
      fs.mkdirSync(path.dirname(f.path), {recursive: true});
      const tmp = `${f.path}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, f.content);
      temps.push({tmp, final: f.path});
    }
  } catch (e) {
    for (const t of temps) fs.rmSync(t.tmp, {force: true});
    throw e;
  }
  for (const t of temps) fs.renameSync(t.tmp, t.final);
}
