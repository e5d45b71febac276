/**
 * Reads pasted NCCL_DEBUG=INFO output, Libfabric warnings and `fi_info`
 * output and answers "is NCCL really on EFA?" with one verdict, the lines that
 * decide it, the likely causes and the environment it can infer.
 *
 * Pure TypeScript, no DOM. The paste is only ever matched against fixed
 * patterns; the lines quoted back are plain strings (the component renders
 * them as text, never as HTML). Linear in the input: one pass over the lines,
 * each line cut to MAX_LINE_CHARS before any pattern runs.
 *
 * Facts behind the verdicts: src/data/ncclFacts.ts. Tests: ncclLog.test.ts
 * (on real excerpts in tests/fixtures/nccl/).
 */
import {efaErrorCode, type EfaErrorCode, type Fact} from '../data/ncclFacts';
import {buildReport} from './ncclVerdict';

export const MAX_INPUT_CHARS = 20_000_000;
export const MAX_LINE_CHARS = 2_000;

export const VERDICTS = ['efa', 'efa-no-gdr', 'not-efa', 'efa-unavailable', 'efa-error', 'fi-info-ok', 'fi-info-failed', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type EvidenceKind = 'decisive' | 'supporting' | 'pitfall';
export type Evidence = {
  /** 1-based line number in the paste. */
  line: number;
  /** The line as pasted (control characters replaced, cut to 300 characters). */
  text: string;
  kind: EvidenceKind;
  /** Why this line matters, in words. */
  why: string;
};

export type Cause = {
  id: string;
  text: string;
  confirm: string;
  fix: string;
  /** Section of this site with the fix. */
  link: string;
  fact?: Fact;
  /** True when the paste itself points at this cause. */
  seen: boolean;
};

export type Environment = {
  ncclVersion?: string;
  ofiVersion?: string;
  libfabricVersion?: string;
  provider?: string;
  fabric?: string;
  nics?: number;
  platform?: string;
};

export type LogReport = {
  verdict: Verdict;
  /** One-line headline. */
  title: string;
  /** The reasoning in words. */
  reason: string;
  evidence: Evidence[];
  causes: Cause[];
  env: Environment;
  /** Pitfalls the reader handled (bootstrap socket line, GDR 0 summary, ...). */
  notes: string[];
  /** EFA error codes found, explained. */
  errors: EfaErrorCode[];
  /** What to capture next, when the paste is not enough. */
  capture: string[];
  /** A problem with the input itself (binary, too long): shown as a notice. */
  inputNotice?: string;
  lineCount: number;
};

type Hit = {line: number; raw: string};

type Scan = {
  lines: number;
  /** Network channel lines over the plugin, with and without /GDRDMA, and over sockets. */
  channelCount: {plugin: number; pluginGdr: number; socket: number};
  env: Environment;
  recognised: number;
  usingNetwork: {name: string; hit: Hit}[];
  channels: {net: string; gdr: boolean; hit: Hit}[];
  ringGdr0: Hit[];
  bootstrap: Hit[];
  selected: {provider: string; hit: Hit}[];
  pluginFailed: Hit[];
  pluginMissing: Hit[];
  efaEmpty: Hit[];
  openFailed: Hit[];
  fiInfoCmd: Hit[];
  fiInfoFail: Hit[];
  fiInfoProviders: {provider: string; type?: string; fabric?: string; hit: Hit}[];
  errors: {hit: Hit; code?: number; why: string}[];
  memlock: Hit[];
  hmemFailed: Hit[];
};

export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what we replace
  const t = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t;
}

const RE = {
  ncclVersion: /NCCL version (\d+\.\d+\.\d+)/,
  ofiVersion: /Initializing aws-ofi-nccl v?(\d[\w.-]*)/,
  libfabric: /Using Libfabric version (\d[\w.]*)/,
  selected: /Selected [Pp]rovider is ([\w;-]+)(?:, fabric is ([\w.-]+))?(?:\s*\(found (\d+) nics?\))?/,
  usingNetwork: /Using network (AWS Libfabric|Libfabric|Socket|IBext\w*|IB)\b/,
  channel: /via NET\/(AWS Libfabric|Libfabric|Socket|IBext\w*|IB)\/\d+(\/GDRDMA)?/,
  ring: /Connected all rings, use ring PXN \d GDR (\d)/,
  platform: /Running on (\S+?) platform|checks on (P\w+) \+ RDMA/,
  pluginFailed:
    /aws-ofi-nccl initiali[sz]ation failed|Could not find any optimal provider|Failed to initiali[sz]e any NET plugin|NET\/OFI .*(?:init|initiali[sz]ation) failed/,
  pluginMissing: /No plugin found|Could not find: libnccl-net|libnccl-net[\w-]*\.so: cannot open/,
  efaEmpty: /provider efa (?:output empty list|returned -61)|fi_getinfo\(\) call failed: No data available|OFI fi_getinfo\(\) call failed/,
  openFailed: /ibv_open_device failed|efa_device_construct_gid failed/,
  fiInfoCmd: /(?:^|[\s$#>])fi_info\b[^\n]*-p\s+efa/,
  fiInfoFail: /^\s*(?:fi_getinfo:\s*)?-61\b|^\s*fi_getinfo: -61/,
  fiProvider: /^\s*provider:\s*([\w;-]+)\s*$/,
  fiType: /^\s*type:\s*(FI_EP_\w+)\s*$/,
  fiFabric: /^\s*fabric:\s*(\S+)\s*$/,
  efaInternal: /EFA internal error: \((\d+)\)/,
  provErrno: /prov_errno:?\s*(\d+)/,
  txeError: /efa_rdm_[tr]xe_handle_error\(\).*message: .*\((\d+)\)\s*$/,
  unresponsive: /Unresponsive receiver/,
  completedError: /completed with error|Couldn't open AV|Couldn't allocate endpoint|Creating new endpoint .* failed|NET\/OFI Request .* completed with error/,
  memlock: /Cannot allocate memory|\(-12\)|err -12|\[-12\]/,
  hmem: /Failed to register CUDA buffer with the EFA device/,
};

/** Every pattern below needs one of these words: lines without any are skipped in one regex pass. */
const INTERESTING =
  /NCCL|NET\/|rovider|Libfabric|libfabric|efa|EFA|fail|error|-61|-12|No data|Couldn't|ibv_|Unresponsive|CUDA|type:|fabric:|fi_info|platform|RDMA|lugin/;

function newScan(): Scan {
  return {
    lines: 0,
    channelCount: {plugin: 0, pluginGdr: 0, socket: 0},
    env: {},
    recognised: 0,
    usingNetwork: [],
    channels: [],
    ringGdr0: [],
    bootstrap: [],
    selected: [],
    pluginFailed: [],
    pluginMissing: [],
    efaEmpty: [],
    openFailed: [],
    fiInfoCmd: [],
    fiInfoFail: [],
    fiInfoProviders: [],
    errors: [],
    memlock: [],
    hmemFailed: [],
  };
}

/** Stored hits per kind: enough to quote and decide, bounded for huge pastes. */
const MAX_HITS = 200;
function add<T>(list: T[], item: T): void {
  if (list.length < MAX_HITS) list.push(item);
}

/** NCCL lines: versions, network, channels, plugin. Returns true when the line mattered. */
function scanNccl(s: Scan, line: string, hit: () => Hit): boolean {
  let m: RegExpExecArray | null;
  let used = false;
  if (line.includes('NCCL version') && (m = RE.ncclVersion.exec(line))) s.env.ncclVersion ??= m[1];
  if (line.includes('aws-ofi-nccl') && (m = RE.ofiVersion.exec(line))) s.env.ofiVersion ??= m[1];
  if (line.includes('Libfabric version') && (m = RE.libfabric.exec(line))) s.env.libfabricVersion ??= m[1];
  if (line.includes('rovider is') && (m = RE.selected.exec(line))) {
    const provider = m[1] ?? '';
    add(s.selected, {provider, hit: hit()});
    s.env.provider ??= provider;
    if (m[2]) s.env.fabric ??= m[2];
    if (m[3]) s.env.nics ??= Number(m[3]);
    used = true;
  }
  if (line.includes('platform') || line.includes('+ RDMA')) {
    if ((m = RE.platform.exec(line))) s.env.platform ??= (m[1] ?? m[2])?.toLowerCase();
  }
  if (line.includes('Using network') && (m = RE.usingNetwork.exec(line))) {
    add(s.usingNetwork, {name: m[1] ?? '', hit: hit()});
    used = true;
  }
  if (line.includes('via NET/') && (m = RE.channel.exec(line))) {
    const net = m[1] ?? '';
    const gdr = Boolean(m[2]);
    if (net.includes('Libfabric')) {
      s.channelCount.plugin++;
      if (gdr) s.channelCount.pluginGdr++;
    } else if (net === 'Socket') s.channelCount.socket++;
    add(s.channels, {net, gdr, hit: hit()});
    used = true;
  }
  if (line.includes('Connected all rings') && (m = RE.ring.exec(line))) {
    if (m[1] === '0') add(s.ringGdr0, hit());
    used = true;
  }
  if (line.includes('Bootstrap : Using') || line.includes('NET/Socket : Using')) {
    add(s.bootstrap, hit());
    used = true;
  }
  if ((line.includes('fail') || line.includes('Could not find')) && RE.pluginFailed.test(line)) {
    add(s.pluginFailed, hit());
    used = true;
  }
  if (line.includes('lugin') && RE.pluginMissing.test(line)) {
    add(s.pluginMissing, hit());
    used = true;
  }
  return used;
}

/** Libfabric and EFA lines: empty provider list, errors, memory. */
function scanLibfabric(s: Scan, line: string, hit: () => Hit): boolean {
  let m: RegExpExecArray | null;
  let used = false;
  if ((line.includes('empty list') || line.includes('-61') || line.includes('No data available')) && RE.efaEmpty.test(line)) {
    add(s.efaEmpty, hit());
    used = true;
  }
  if ((line.includes('ibv_open_device') || line.includes('construct_gid')) && RE.openFailed.test(line)) {
    add(s.openFailed, hit());
    used = true;
  }
  if (
    (line.includes('EFA internal error') && (m = RE.efaInternal.exec(line))) ||
    (line.includes('handle_error') && (m = RE.txeError.exec(line))) ||
    (line.includes('prov_errno') && (m = RE.provErrno.exec(line)))
  ) {
    const code = Number(m[1]);
    add(s.errors, {hit: hit(), code, why: efaErrorCode(code)?.meaning ?? `EFA error code ${code}.`});
    used = true;
  } else if (line.includes('Unresponsive') && RE.unresponsive.test(line)) {
    const code = line.includes('handshake failed') ? 4126 : line.includes('previously established') ? 4124 : 13;
    add(s.errors, {hit: hit(), code, why: efaErrorCode(code)?.meaning ?? 'Unresponsive receiver.'});
    used = true;
  } else if ((line.includes('error') || line.includes("Couldn't") || line.includes('failed')) && RE.completedError.test(line)) {
    add(s.errors, {hit: hit(), why: 'The plugin reports a failed operation or a failed endpoint set-up on the EFA path.'});
    used = true;
  }
  if (line.includes('12') && RE.memlock.test(line) && (line.includes('efa') || line.includes('EFA') || line.includes('Libfabric') || line.includes('fabric'))) {
    add(s.memlock, hit());
    used = true;
  }
  if (line.includes('CUDA buffer') && RE.hmem.test(line)) {
    add(s.hmemFailed, hit());
    used = true;
  }
  return used;
}

/** fi_info output: provider blocks, the command, and -61. */
function scanFiInfo(s: Scan, line: string, hit: () => Hit): boolean {
  let m: RegExpExecArray | null;
  if (line.includes('provider:') && (m = RE.fiProvider.exec(line))) {
    add(s.fiInfoProviders, {provider: m[1] ?? '', hit: hit()});
    return true;
  }
  const last = s.fiInfoProviders[s.fiInfoProviders.length - 1];
  if (last && !last.type && line.includes('type:') && (m = RE.fiType.exec(line))) {
    last.type = m[1];
    return true;
  }
  if (last && !last.fabric && line.includes('fabric:') && (m = RE.fiFabric.exec(line))) {
    last.fabric = m[1];
    return true;
  }
  if (line.includes('fi_info') && RE.fiInfoCmd.test(line)) {
    add(s.fiInfoCmd, hit());
    return true;
  }
  if (line.includes('-61') && RE.fiInfoFail.test(line)) {
    add(s.fiInfoFail, hit());
    return true;
  }
  return false;
}

function scan(text: string): Scan {
  const s = newScan();
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    n++;
    const raw = end - start > MAX_LINE_CHARS ? text.slice(start, start + MAX_LINE_CHARS) : text.slice(start, end);
    const lineNo = n;
    const hit = (): Hit => ({line: lineNo, raw});
    if (raw.length > 1 && INTERESTING.test(raw)) {
      const a = scanNccl(s, raw, hit);
      const b = scanLibfabric(s, raw, hit);
      const c = scanFiInfo(s, raw, hit);
      if (a || b || c) s.recognised++;
    }
    start = end + 1;
  }
  s.lines = n;
  return s;
}

export {scan as scanNcclLog, newScan};

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}

/** Read a paste. Never throws; any input gives a report (possibly `unknown` with a notice). */
export function readNcclLog(input: unknown): LogReport {
  const text = typeof input === 'string' ? input : '';
  if (text.trim() === '') {
    return buildReport(newScan(), 'Paste NCCL_DEBUG=INFO output, Libfabric warnings or fi_info output first.');
  }
  if (text.length > MAX_INPUT_CHARS) {
    const s = scan(text.slice(0, MAX_INPUT_CHARS));
    return buildReport(
      s,
      `The paste is ${Math.round(text.length / 1e6)} million characters; only the first ${MAX_INPUT_CHARS / 1e6} million were read. Paste the start of the job (the NCCL INFO lines up to the first collective) and any WARN lines.`,
    );
  }
  if (looksBinary(text)) {
    return buildReport(
      newScan(),
      'This looks like binary data, not a log: nothing was read. Paste the text output of the job (NCCL_DEBUG=INFO) or of fi_info.',
    );
  }
  return buildReport(scan(text));
}

export type {Scan, Hit};
