/**
 * Pure parsing and validation for scripts/import-instance-data.ts.
 *
 * Input shapes accepted:
 *  1. an object keyed by instance type, values = DescribeInstanceTypes records
 *     (getmoto/moto's instance_types.json);
 *  2. the output of `aws ec2 describe-instance-types --output json`
 *     ({"InstanceTypes": [...], "NextToken": "..."}), also several pages
 *     concatenated in one file (whitespace-separated or `}{`);
 *  3. a bare array of records (`--query InstanceTypes`).
 *
 * Every error names the document, the record and the field.
 */
import {ENA_VALUES, splitTypeName, type EnaSupport, type InstanceType, type NetworkCard} from '../../src/lib/instanceData';

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export type JsonDocument = {index: number; offset: number; value: unknown};

/**
 * Split a text holding one or more JSON documents (objects or arrays) written
 * one after the other, with or without whitespace between them. A small
 * streaming scanner: it tracks nesting depth and string state, and hands each
 * complete top-level document to JSON.parse.
 */
export function splitJsonDocuments(text: string, fileName = 'input'): JsonDocument[] {
  const docs: JsonDocument[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 0) {
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\ufeff') continue;
      if (ch !== '{' && ch !== '[') {
        throw new ImportError(`${fileName}: unexpected ${JSON.stringify(ch)} at offset ${i} (line ${lineOf(text, i)}); expected a JSON object or array`);
      }
      start = i;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth < 0) throw new ImportError(`${fileName}: unbalanced ${JSON.stringify(ch)} at line ${lineOf(text, i)}`);
      if (depth === 0) {
        const chunk = text.slice(start, i + 1);
        let value: unknown;
        try {
          value = JSON.parse(chunk);
        } catch (e) {
          throw new ImportError(
            `${fileName}: JSON document ${docs.length + 1} (starting at line ${lineOf(text, start)}) is not valid JSON: ${(e as Error).message}`,
          );
        }
        docs.push({index: docs.length + 1, offset: start, value});
      }
    }
  }
  if (depth !== 0 || inString) {
    throw new ImportError(`${fileName}: JSON document ${docs.length + 1} (starting at line ${lineOf(text, start)}) is truncated`);
  }
  if (docs.length === 0) throw new ImportError(`${fileName}: no JSON document found`);
  return docs;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export type RawRecord = {where: string; name: string; value: unknown};

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Find the instance-type records in one parsed document (any accepted shape). */
export function recordsFromDocument(doc: JsonDocument, fileName = 'input'): RawRecord[] {
  const where = `${fileName} document ${doc.index}`;
  const v = doc.value;
  const fromArray = (arr: unknown[], label: string): RawRecord[] =>
    arr.map((rec, i) => {
      const name = isObject(rec) && typeof rec.InstanceType === 'string' ? rec.InstanceType : `${label}[${i}]`;
      return {where, name, value: rec};
    });
  if (Array.isArray(v)) return fromArray(v, '(array item)');
  if (!isObject(v)) throw new ImportError(`${where}: expected an object or array`);
  if ('InstanceTypes' in v) {
    if (!Array.isArray(v.InstanceTypes)) throw new ImportError(`${where}: field InstanceTypes must be an array`);
    if ('NextToken' in v && v.NextToken !== null && typeof v.NextToken !== 'string') {
      throw new ImportError(`${where}: field NextToken must be a string`);
    }
    return fromArray(v.InstanceTypes, 'InstanceTypes');
  }
  // Keyed by instance type.
  return Object.entries(v).map(([key, rec]) => {
    if (isObject(rec) && 'InstanceType' in rec && rec.InstanceType !== key) {
      throw new ImportError(`${where}: record "${key}": field InstanceType is ${JSON.stringify(rec.InstanceType)}, but the record is keyed "${key}"`);
    }
    return {where, name: key, value: rec};
  });
}

const TYPE_NAME = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;

export class Reader {
  constructor(
    private readonly rec: RawRecord,
    private readonly obj: Record<string, unknown>,
    private readonly path: string,
  ) {}

  private fail(field: string, want: string, got: unknown): never {
    const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 60);
    throw new ImportError(`${this.rec.where}: record "${this.rec.name}": field ${this.path}${field} must be ${want}, got ${shown}`);
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined && this.obj[field] !== null;
  }

  int(field: string, min = 0): number {
    const v = this.obj[field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) this.fail(field, `an integer >= ${min}`, v);
    return v;
  }

  num(field: string): number {
    const v = this.obj[field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.fail(field, 'a number >= 0', v);
    return v;
  }

  optNum(field: string): number | null {
    return this.has(field) ? this.num(field) : null;
  }

  bool(field: string): boolean {
    const v = this.obj[field];
    if (typeof v !== 'boolean') this.fail(field, 'true or false', v);
    return v;
  }

  optBool(field: string, fallback: boolean): boolean {
    return this.has(field) ? this.bool(field) : fallback;
  }

  str(field: string): string {
    const v = this.obj[field];
    if (typeof v !== 'string' || v.length === 0 || v.length > 100) this.fail(field, 'a non-empty string', v);
    return v;
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T {
    const v = this.obj[field];
    if (typeof v !== 'string' || !values.includes(v as T)) this.fail(field, `one of ${values.join(', ')}`, v);
    return v as T;
  }

  child(field: string): Reader {
    const v = this.obj[field];
    if (!isObject(v)) this.fail(field, 'an object', v);
    return new Reader(this.rec, v, `${this.path}${field}.`);
  }

  array(field: string): Reader[] {
    const v = this.obj[field];
    if (!Array.isArray(v) || v.length === 0) this.fail(field, 'a non-empty array', v);
    return v.map((item, i) => {
      if (!isObject(item)) this.fail(`${field}[${i}]`, 'an object', item);
      return new Reader(this.rec, item, `${this.path}${field}[${i}].`);
    });
  }

  stringList<T extends string>(field: string, values: readonly T[]): T[] {
    const v = this.obj[field];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !values.includes(x as T))) this.fail(field, `a list of ${values.join(', ')}`, v);
    return v as T[];
  }

  fieldError(field: string, message: string): never {
    throw new ImportError(`${this.rec.where}: record "${this.rec.name}": field ${this.path}${field} ${message}`);
  }
}

/** Validate one raw record and keep only the fields the site uses. */
export function normalizeRecord(rec: RawRecord): InstanceType {
  if (!isObject(rec.value)) throw new ImportError(`${rec.where}: record "${rec.name}" must be an object`);
  const r = new Reader(rec, rec.value, '');
  const type = r.str('InstanceType');
  if (!TYPE_NAME.test(type)) r.fieldError('InstanceType', `is not an instance type name: ${JSON.stringify(type)}`);
  const vcpus = r.child('VCpuInfo').int('DefaultVCpus', 1);
  const n = r.child('NetworkInfo');
  const maxEni = n.int('MaximumNetworkInterfaces', 1);
  const maxCards = n.has('MaximumNetworkCards') ? n.int('MaximumNetworkCards', 1) : 1;
  const defaultCard = n.has('DefaultNetworkCardIndex') ? n.int('DefaultNetworkCardIndex') : 0;
  const cards: NetworkCard[] = n.array('NetworkCards').map((c, i) => {
    const index = c.int('NetworkCardIndex');
    if (index !== i) c.fieldError('NetworkCardIndex', `is ${index}; cards must be listed in order 0, 1, 2, ...`);
    return {
      index,
      maxEni: c.int('MaximumNetworkInterfaces', 1),
      baselineGbps: c.optNum('BaselineBandwidthInGbps'),
      peakGbps: c.optNum('PeakBandwidthInGbps'),
      performance: c.str('NetworkPerformance'),
      defaultEnaQueues: c.has('DefaultEnaQueueCountPerInterface') ? c.int('DefaultEnaQueueCountPerInterface', 1) : null,
      maxEnaQueuesPerEni: c.has('MaximumEnaQueueCountPerInterface') ? c.int('MaximumEnaQueueCountPerInterface', 1) : null,
      maxEnaQueues: c.has('MaximumEnaQueueCount') ? c.int('MaximumEnaQueueCount', 1) : null,
    };
  });
  if (cards.length !== maxCards) {
    n.fieldError('MaximumNetworkCards', `is ${maxCards}, but NetworkCards lists ${cards.length} cards`);
  }
  if (defaultCard >= cards.length) n.fieldError('DefaultNetworkCardIndex', `is ${defaultCard}, but there are ${cards.length} cards`);
  const cardEnis = cards.reduce((s, c) => s + c.maxEni, 0);
  if (cardEnis !== maxEni) {
    n.fieldError('MaximumNetworkInterfaces', `is ${maxEni}, but the cards' MaximumNetworkInterfaces add up to ${cardEnis}`);
  }
  const efaSupported = n.optBool('EfaSupported', false);
  let maxEfa = 0;
  if (efaSupported) {
    maxEfa = n.child('EfaInfo').int('MaximumEfaInterfaces', 1);
    if (maxEfa > cards.length) n.fieldError('EfaInfo.MaximumEfaInterfaces', `is ${maxEfa}, more than the ${cards.length} network cards`);
  }
  let connTrack: InstanceType['connTrack'] = null;
  if (n.has('ConnectionTrackingConfiguration')) {
    const ct = n.child('ConnectionTrackingConfiguration');
    connTrack = {
      tcpEstablished: ct.int('DefaultTcpEstablishedTimeout', 1),
      udpStream: ct.int('DefaultUdpStreamTimeout', 1),
      udp: ct.int('DefaultUdpTimeout', 1),
    };
  }
  let bandwidthWeighting = false;
  if (n.has('BandwidthWeightings')) {
    const w = n.stringList('BandwidthWeightings', ['default', 'vpc-1', 'ebs-1']);
    bandwidthWeighting = w.includes('vpc-1') || w.includes('ebs-1');
  }
  const flexibleEnaQueues = n.has('FlexibleEnaQueuesSupport')
    ? n.oneOf('FlexibleEnaQueuesSupport', ['supported', 'unsupported'] as const) === 'supported'
    : false;
  const hypervisor = r.has('Hypervisor') ? r.oneOf('Hypervisor', ['nitro', 'xen'] as const) : null;
  const {family, size} = splitTypeName(type);
  return {
    type,
    family,
    size,
    vcpus,
    currentGeneration: r.optBool('CurrentGeneration', false),
    bareMetal: r.optBool('BareMetal', false),
    hypervisor,
    ena: n.oneOf<EnaSupport>('EnaSupport', ENA_VALUES),
    efaSupported,
    maxEfa,
    enaExpress: n.optBool('EnaSrdSupported', false),
    maxEni,
    ipv4PerEni: n.int('Ipv4AddressesPerInterface', 1),
    ipv6PerEni: n.has('Ipv6AddressesPerInterface') ? n.int('Ipv6AddressesPerInterface') : 0,
    ipv6Supported: n.optBool('Ipv6Supported', false),
    defaultCard,
    cards,
    networkPerformance: n.str('NetworkPerformance'),
    encryptionInTransit: n.optBool('EncryptionInTransitSupported', false),
    branchEni: null,
    trunking: null,
    connTrack,
    bandwidthWeighting,
    flexibleEnaQueues,
    zoneIds: null,
    docsBaselineGbps: null,
  };
}

/** Parse every document of every file; duplicates must agree. */
export function parseInstanceFiles(files: {name: string; text: string}[]): InstanceType[] {
  const byType = new Map<string, {rec: InstanceType; where: string}>();
  for (const f of files) {
    for (const doc of splitJsonDocuments(f.text, f.name)) {
      for (const raw of recordsFromDocument(doc, f.name)) {
        const rec = normalizeRecord(raw);
        const prev = byType.get(rec.type);
        if (prev && JSON.stringify(prev.rec) !== JSON.stringify(rec)) {
          throw new ImportError(`${raw.where}: record "${rec.type}" appears again with different network values (first seen in ${prev.where})`);
        }
        byType.set(rec.type, {rec, where: raw.where});
      }
    }
  }
  if (byType.size === 0) throw new ImportError('no instance-type records found in the input');
  return [...byType.values()].map((v) => v.rec);
}

/**
 * Add Karpenter's branch-ENI data (karpenter-vpc-limits.json: an object keyed
 * by instance type). Returns warnings for values that disagree with the API data.
 */
export function applyKarpenter(types: InstanceType[], text: string, fileName = 'karpenter'): {types: InstanceType[]; matched: number; warnings: string[]} {
  const [doc] = splitJsonDocuments(text, fileName);
  if (!doc || !isObject(doc.value)) throw new ImportError(`${fileName}: expected an object keyed by instance type`);
  const limits = doc.value;
  const warnings: string[] = [];
  let matched = 0;
  const out = types.map((t) => {
    const entry = Object.prototype.hasOwnProperty.call(limits, t.type) ? limits[t.type] : undefined;
    if (entry === undefined) return t;
    if (!isObject(entry)) throw new ImportError(`${fileName}: record "${t.type}" must be an object`);
    const r = new Reader({where: fileName, name: t.type, value: entry}, entry, '');
    const branch = r.int('BranchInterface');
    const trunking = r.bool('IsTrunkingCompatible');
    if (r.has('Interface') && r.int('Interface') !== t.maxEni) {
      warnings.push(`${t.type}: Karpenter Interface ${String(entry.Interface)} differs from MaximumNetworkInterfaces ${t.maxEni}`);
    }
    matched++;
    return {...t, branchEni: branch, trunking};
  });
  return {types: out, matched, warnings};
}

export type EnaCounts = {required: number; supported: number; unsupported: number};

export function countInstances(types: InstanceType[]): {
  total: number;
  efa: number;
  enaExpress: number;
  multiCard: number;
  enaSupport: EnaCounts;
  efaFamilies: string[];
} {
  const enaSupport: EnaCounts = {required: 0, supported: 0, unsupported: 0};
  for (const t of types) enaSupport[t.ena]++;
  return {
    total: types.length,
    efa: types.filter((t) => t.efaSupported).length,
    enaExpress: types.filter((t) => t.enaExpress).length,
    multiCard: types.filter((t) => t.cards.length > 1).length,
    enaSupport,
    efaFamilies: [...new Set(types.filter((t) => t.efaSupported).map((t) => t.family))].sort(),
  };
}
