/**
 * Syntax-highlighting themes for code blocks that pass WCAG 2.2 AA.
 *
 * The stock prism-react-renderer themes (github, vsDark) use several token
 * colours below 4.5:1 against their own background, which axe reports as
 * colour-contrast violations. `withContrast` keeps each theme's look but moves
 * every failing token colour towards black (light background) or white (dark
 * background) until it reaches the target ratio.
 */
import type {PrismTheme} from 'prism-react-renderer';

type Rgb = [number, number, number];

/** Parses `#rgb`, `#rrggbb` and `rgb(r, g, b)`; returns null for anything else. */
export function parseColor(input: string): Rgb | null {
  const s = input.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(s);
  if (m) return [0, 1, 2].map((i) => parseInt(m![1][i] + m![1][i], 16)) as Rgb;
  m = /^#([0-9a-f]{6})$/.exec(s);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1].slice(i, i + 2), 16)) as Rgb;
  m = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(s);
  if (m) {
    const rgb = [m[1], m[2], m[3]].map(Number) as Rgb;
    return rgb.every((v) => v <= 255) ? rgb : null;
  }
  return null;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `color` towards black or white, whichever contrasts more with `bg`, until `target` is met. */
export function ensureContrast(color: Rgb, bg: Rgb, target = 4.5): Rgb {
  const towards: Rgb = luminance(bg) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  let out = color;
  for (let step = 1; contrastRatio(out, bg) < target && step <= 20; step++) {
    const t = step / 20;
    out = color.map((v, i) => v + (towards[i] - v) * t) as Rgb;
  }
  return out.map((v) => Math.round(v)) as Rgb;
}

/** A copy of `theme` in which the plain text and every token colour reach `target` on the background. */
export function withContrast(theme: PrismTheme, target = 4.5): PrismTheme {
  const bg = parseColor(theme.plain.backgroundColor ?? '');
  if (!bg) return theme;
  const fix = (c: string | undefined) => {
    const rgb = c ? parseColor(c) : null;
    return rgb && contrastRatio(rgb, bg) < target ? toHex(ensureContrast(rgb, bg, target)) : c;
  };
  return {
    plain: {...theme.plain, color: fix(theme.plain.color)},
    styles: theme.styles.map((s) => ({...s, style: {...s.style, color: fix(s.style.color)}})),
  };
}
