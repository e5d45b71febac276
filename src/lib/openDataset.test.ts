import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {writeOpenDataset} from '../plugins/open-dataset';
import {instanceTypes, supplementaryTypes, zoneRegion, instanceDataProvenance} from '../data/instances';
import {explorerModel} from './instanceFilter';
import {DATASET_COLUMNS, type Dataset} from './openDataset';

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(cell).toBe('');
  return rows;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dataset-'));
const written = writeOpenDataset(dir);
const json = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'instance-types.json'), 'utf8')) as Dataset;
const csv = parseCsv(fs.readFileSync(path.join(dir, 'data', 'instance-types.csv'), 'utf8'));
const meta = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'instance-types.csv-metadata.json'), 'utf8'));

describe('open dataset (/data/instance-types.json and .csv)', () => {
  it('writes the three files', () => {
    expect(written.map((p) => path.basename(p))).toEqual(['instance-types.json', 'instance-types.csv', 'instance-types.csv-metadata.json']);
  });

  it('has one row per type in both files: every API type, then the marked types the API lacks', () => {
    const expected = [...instanceTypes.map((t) => t.type), ...supplementaryTypes.map((s) => s.type)];
    expect(json.types.map((r) => r.type)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
    const [header, ...rows] = csv;
    expect(header).toEqual(DATASET_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r[0])).toEqual(expected);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(json.types.filter((r) => r.source === 'api').length).toBe(instanceTypes.length);
    expect(json.types.filter((r) => r.source !== 'api').every((r) => (r.unknown as string[]).length > 0)).toBe(true);
  });

  it("agrees with the explorer's rows, field by field", () => {
    const {rows} = explorerModel(instanceTypes, zoneRegion);
    const byType = new Map(json.types.map((r) => [r.type, r]));
    const csvBy = new Map(csv.slice(1).map((r) => [r[0], r]));
    const col = (name: string) => DATASET_COLUMNS.findIndex((c) => c.name === name);
    for (const r of rows) {
      const d = byType.get(r.type)!;
      expect([d.maxEni, d.ipv4PerEni, d.maxEfa, d.baselineGbps, d.peakGbps, d.vpcCniMaxPods, d.branchEni]).toEqual([
        r.maxEni,
        r.ipv4PerEni,
        r.maxEfa,
        r.baseline,
        r.peak,
        r.pods,
        r.branchEni,
      ]);
      expect(d.regions).toEqual(r.regions);
      expect(d.zoneIds).toEqual(r.zoneIds);
      const c = csvBy.get(r.type)!;
      expect(c[col('maxEni')]).toBe(String(r.maxEni));
      expect(c[col('baselineGbps')]).toBe(r.baseline === null ? '' : String(r.baseline));
      expect(c[col('regions')]).toBe((r.regions ?? []).join(';'));
      expect(c[col('source')]).toBe('api');
    }
  });

  it('carries licence and provenance in the JSON and the CSV metadata', () => {
    expect(json.licence).toBe('Apache-2.0');
    expect(json.attribution).toMatch(/getmoto\/moto/);
    expect(json.provenance).toEqual(instanceDataProvenance);
    expect(json.provenance.offerings?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(meta['dc:license']).toBe('Apache-2.0');
    expect(meta.url).toBe('instance-types.csv');
    expect(meta.tableSchema.columns.map((c: {name: string}) => c.name)).toEqual(csv[0]);
    expect(meta.provenance.instances.commit).toBe(instanceDataProvenance.instances.commit);
  });

  it('marks the types the API dump lacks and never fills their unknown fields', () => {
    const gb200 = json.types.find((r) => r.type === 'p6e-gb200.36xlarge')!;
    expect(gb200.source).toBe('docs-only');
    expect(gb200.maxEni).toBeNull();
    expect(gb200.docsBaselineGbps).toBe(3200);
    const p3 = json.types.find((r) => r.type === 'p3.16xlarge')!;
    expect(p3.source).toBe('eks-tools');
    // Graviton flex sizes: only Karpenter's AWS-internal limits file has them, not a retired type.
    const flex = json.types.find((r) => r.type === 'm8g-flex.large')!;
    expect(flex.source).toBe('karpenter-only');
    expect(flex.maxEni).toBe(3);
    expect(flex.vpcCniMaxPods).toBeNull();
    expect(p3.vcpus).toBeNull();
    expect(p3.maxEni).toBeGreaterThan(0);
  });
});

describe('documented schema (/docs/reference/instance-types#download-the-data)', () => {
  it('lists every column of the dataset, in order', () => {
    const mdx = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'reference', 'instance-types.mdx'), 'utf8');
    const section = mdx.slice(mdx.indexOf('{#download-the-data}'), mdx.indexOf('{#sources}'));
    const documented = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(DATASET_COLUMNS.map((c) => c.name));
  });
});
