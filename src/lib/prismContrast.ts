/**
 * Makes a prism-react-renderer theme meet a minimum contrast ratio: every
 * token colour that is too close to the code-block background is darkened
 * (light themes) or lightened (dark themes) just enough. Used by
 * docusaurus.config.ts, because the stock github and vsDark themes have token
 * colours below WCAG AA (4.5:1), which axe reports on every page with code.
 *
 * Pure TypeScript: see prismContrast.test.ts.
 */

type Rgb = [number, number, number];

export function parseColor(c: string): Rgb | null {
  const s = c.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(s);
  if (m) return [...m[1]].map((h) => parseInt(h + h, 16)) as Rgb;
  m = /^#([0-9a-f]{6})$/.exec(s);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1].slice(i, i + 2), 16)) as Rgb;
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return null;
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return NaN;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `color`, moved towards black or white (away from `background`) until it reaches `min`. */
export function ensureContrast(color: string, background: string, min: number): string {
  const c = parseColor(color);
  const bg = parseColor(background);
  if (!c || !bg || contrastRatio(color, background) >= min) return color;
  const target: Rgb = luminance(bg) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = c.map((v, i) => v + (target[i] - v) * t) as Rgb;
    const hex = toHex(mixed);
    if (contrastRatio(hex, background) >= min) return hex;
  }
  return toHex(target);
}

type Style = {color?: string; backgroundColor?: string; [k: string]: unknown};
type PrismTheme = {plain: Style; styles: {types: string[]; style: Style; languages?: string[]}[]};

/** A copy of `theme` whose plain and token colours all reach `min` against the plain background. */
export function withContrast<T extends PrismTheme>(theme: T, min = 4.6): T {
  const bg = theme.plain.backgroundColor ?? '#ffffff';
  const fix = (s: Style): Style => (s.color ? {...s, color: ensureContrast(s.color, bg, min)} : s);
  return {
    ...theme,
    plain: fix(theme.plain),
    styles: theme.styles.map((entry) => ({...entry, style: fix(entry.style)})),
  };
}
