/**
 * Reads the Go map literals of the generated upstream files the data refresh
 * downloads (Karpenter's zz_generated.vpclimits.go / zz_generated.bandwidth.go,
 * the VPC CNI's vpc_ip_resource_limit.go) into plain JSON values, so the
 * importer gets the same shapes as the JSON copies in the shared data folder.
 *
 * A small recursive-descent reader for composite literals: strings, integers,
 * floats, true/false, `{ key: value, ... }` (keys are identifiers or strings),
 * `[]Type{ ... }` lists and `&Type{...}` / `Type{...}` structs. Comments are
 * skipped. Anything else is an error naming the file and line.
 */
import {ImportError} from './instanceImport';

type GoValue = string | number | boolean | GoValue[] | {[k: string]: GoValue};

class GoReader {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  private line(): number {
    let n = 1;
    for (let k = 0; k < this.i && k < this.text.length; k++) if (this.text.charCodeAt(k) === 10) n++;
    return n;
  }

  fail(what: string): never {
    throw new ImportError(`${this.file}: line ${this.line()}: ${what}`);
  }

  skip(): void {
    for (;;) {
      const rest = this.text.slice(this.i, this.i + 2);
      if (/^\s/.test(rest)) this.i++;
      else if (rest === '//') {
        const nl = this.text.indexOf('\n', this.i);
        this.i = nl < 0 ? this.text.length : nl + 1;
      } else if (rest === '/*') {
        const end = this.text.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('unterminated comment');
        this.i = end + 2;
      } else return;
    }
  }

  private match(re: RegExp): string | null {
    re.lastIndex = this.i;
    const m = re.exec(this.text);
    if (!m || m.index !== this.i) return null;
    this.i += m[0].length;
    return m[0];
  }

  /** Position just after `{` of `name = map[string]...{`. */
  seekMap(name: string): void {
    const re = new RegExp(`\\b${name}\\s*=\\s*map\\[string\\][*\\w.]+\\s*\\{`, 'g');
    const m = re.exec(this.text);
    if (!m) this.fail(`no map literal named ${name}`);
    this.i = m.index + m[0].length;
  }

  value(): GoValue {
    this.skip();
    const s = this.match(/"(?:[^"\\\n]|\\.)*"/g);
    if (s !== null) return JSON.parse(s) as string;
    const n = this.match(/-?\d+(\.\d+)?([eE][-+]?\d+)?/g);
    if (n !== null) return Number(n);
    if (this.match(/\[\][*\w.]+\s*\{/g) !== null) return this.list();
    if (this.match(/&?[A-Za-z_][\w.]*\s*\{/g) !== null || this.match(/\{/g) !== null) return this.object();
    const w = this.match(/true|false/g);
    if (w !== null) return w === 'true';
    return this.fail(`unexpected ${JSON.stringify(this.text.slice(this.i, this.i + 20))}`);
  }

  private list(): GoValue[] {
    const out: GoValue[] = [];
    for (;;) {
      this.skip();
      if (this.match(/\}/g) !== null) return out;
      out.push(this.value());
      this.skip();
      this.match(/,/g);
    }
  }

  /** Entries up to the closing brace (the opening one is already read). */
  object(): {[k: string]: GoValue} {
    const out: {[k: string]: GoValue} = {};
    for (;;) {
      this.skip();
      if (this.match(/\}/g) !== null) return out;
      const str = this.match(/"(?:[^"\\\n]|\\.)*"/g);
      const key = str !== null ? (JSON.parse(str) as string) : this.match(/[A-Za-z_]\w*/g);
      if (key === null) this.fail('expected a key');
      this.skip();
      if (this.match(/:/g) === null) this.fail(`expected ":" after ${key}`);
      out[key] = this.value();
      this.skip();
      this.match(/,/g);
    }
  }
}

/** The entries of the Go map literal assigned to `name`, as a JSON object. */
export function goMapLiteral(text: string, name: string, file = 'input.go'): {[k: string]: GoValue} {
  const r = new GoReader(text, file);
  r.seekMap(name);
  return r.object();
}

/** Karpenter's zz_generated.bandwidth.go -> the shape of karpenter-instance-bandwidth.json. */
export function karpenterBandwidthJson(text: string, file = 'zz_generated.bandwidth.go'): object {
  const baseline = goMapLiteral(text, 'InstanceTypeBandwidthMegabits', file);
  const vague: Record<string, string> = {};
  for (const m of text.matchAll(/\/\/\s*(\S+) has vague bandwidth information, bandwidth is (.+)/g)) vague[m[1]!] = m[2]!.trim();
  const sorted = Object.fromEntries(Object.entries(baseline).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {baseline_bandwidth_megabits: sorted, vague_bandwidth_label: vague, not_in_docs_tables: {}};
}
