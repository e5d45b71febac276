/**
 * Renders one 1200x630 PNG link-preview card with satori (layout → SVG) and
 * resvg (SVG → PNG), in Node at build time. The font is Inter (SIL OFL 1.1)
 * from the @fontsource/inter package, so the build needs no system fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import {Resvg} from '@resvg/resvg-js';
import {truncateWords} from '../../../scripts/lib/socialMeta';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const ACCENT = 16;
const PAD_X = 72;

/** Colours from src/css/custom.css (dark theme and footer), so cards match the site. */
const COLOURS = {
  background: '#16212e', // --ifm-footer-background-color
  panel: '#1b2027', // dark --site-surface
  text: '#ffffff',
  muted: '#d5dae0', // --ifm-footer-color
  accent: '#ffb547', // dark --site-accent
  eni: '#8ecbff',
  ena: '#6fdcb3',
  efa: '#e3a6f2',
};

type Node = {type: string; props: {style?: Record<string, unknown>; children?: unknown; src?: string; width?: number; height?: number}};
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: {style, children, ...extra},
});

let fonts: {name: string; data: Buffer; weight: 400 | 700; style: 'normal'}[] | null = null;
function loadFonts() {
  if (!fonts) {
    const dir = path.join(path.dirname(require.resolve('@fontsource/inter/package.json')), 'files');
    fonts = (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map((weight) => ({
        name: 'Inter',
        data: fs.readFileSync(path.join(dir, `inter-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    );
  }
  return fonts;
}

export type CardText = {
  title: string;
  description: string;
  siteTitle: string;
  /** Shown at the bottom: where the site lives, e.g. "example.org/enhanced-networking". */
  location: string;
  /** The logo as SVG text. */
  logoSvg: string;
};

function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 56) return 64;
  return 52;
}

export async function renderCard(t: CardText): Promise<Buffer> {
  const logo = `data:image/svg+xml;base64,${Buffer.from(t.logoSvg).toString('base64')}`;
  const pill = (label: string, colour: string) =>
    h(
      'div',
      {display: 'flex', padding: '6px 18px', marginRight: 14, borderRadius: 999, border: `3px solid ${colour}`, color: colour, fontSize: 26, fontWeight: 700},
      label,
    );
  const inner = CARD_WIDTH - ACCENT - 2 * PAD_X;
  const content = h('div', {flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: `52px ${PAD_X}px 48px`}, [
    h('div', {display: 'flex', alignItems: 'center', width: inner, height: 72}, [
      h('img', {width: 72, height: 72, marginRight: 22}, undefined, {src: logo, width: 72, height: 72}),
      h('div', {display: 'flex', fontSize: 34, fontWeight: 700, color: COLOURS.muted}, t.siteTitle),
    ]),
    h('div', {display: 'flex', flexDirection: 'column', width: inner}, [
      h(
        'div',
        {display: 'flex', width: inner, fontSize: titleSize(t.title), fontWeight: 700, lineHeight: 1.1, letterSpacing: -1, marginBottom: 24},
        truncateWords(t.title, 90),
      ),
      h('div', {display: 'flex', width: inner, fontSize: 30, lineHeight: 1.35, color: COLOURS.muted}, truncateWords(t.description, 240)),
    ]),
    h('div', {display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: inner, height: 48}, [
      h('div', {display: 'flex'}, [pill('ENI', COLOURS.eni), pill('ENA', COLOURS.ena), pill('EFA', COLOURS.efa)]),
      h('div', {display: 'flex', fontSize: 24, color: COLOURS.accent, fontWeight: 700}, truncateWords(t.location, 60)),
    ]),
  ]);
  const tree = h('div', {width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: COLOURS.background, fontFamily: 'Inter', color: COLOURS.text}, [
    h('div', {width: ACCENT, height: CARD_HEIGHT, background: COLOURS.accent}),
    content,
  ]);
  // satori accepts React-element-shaped objects; we build them by hand to keep this file JSX-free.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts()});
  return new Resvg(svg, {fitTo: {mode: 'width', value: CARD_WIDTH}}).render().asPng();
}
