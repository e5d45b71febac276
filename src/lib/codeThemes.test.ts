import {describe, it, expect} from 'vitest';
import {themes} from 'prism-react-renderer';
import {contrastRatio, ensureContrast, parseColor, toHex, withContrast} from './codeThemes';

describe('parseColor', () => {
  it('reads hex and rgb() colours', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#36acaa')).toEqual([54, 172, 170]);
    expect(parseColor('rgb(0, 0, 128)')).toEqual([0, 0, 128]);
  });
  it('rejects anything else', () => {
    expect(parseColor('red')).toBeNull();
    expect(parseColor('rgb(300, 0, 0)')).toBeNull();
    expect(parseColor('')).toBeNull();
  });
});

describe('ensureContrast', () => {
  it('darkens a colour on a light background until it reaches 4.5:1', () => {
    const bg = parseColor('#f6f8fa')!;
    const teal = parseColor('#36acaa')!;
    expect(contrastRatio(teal, bg)).toBeLessThan(4.5);
    expect(contrastRatio(ensureContrast(teal, bg), bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('lightens a colour on a dark background', () => {
    const bg = parseColor('#1e1e1e')!;
    const navy = parseColor('#000080')!;
    const fixed = ensureContrast(navy, bg);
    expect(contrastRatio(fixed, bg)).toBeGreaterThanOrEqual(4.5);
    expect(toHex(fixed)).not.toBe('#000080');
  });
  it('leaves passing colours alone', () => {
    const bg = parseColor('#ffffff')!;
    expect(ensureContrast([0, 0, 0], bg)).toEqual([0, 0, 0]);
  });
});

describe('withContrast', () => {
  for (const name of ['github', 'vsDark'] as const) {
    it(`makes every token of ${name} reach 4.5:1 on its background`, () => {
      const theme = withContrast(themes[name]);
      const bg = parseColor(theme.plain.backgroundColor!)!;
      const colours = [theme.plain.color, ...theme.styles.map((s) => s.style.color)].filter(
        (c): c is string => typeof c === 'string',
      );
      expect(colours.length).toBeGreaterThan(5);
      for (const c of colours) {
        expect(contrastRatio(parseColor(c)!, bg), c).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it('keeps the theme structure', () => {
    const theme = withContrast(themes.github);
    expect(theme.styles.map((s) => s.types)).toEqual(themes.github.styles.map((s) => s.types));
    expect(theme.plain.backgroundColor).toBe(themes.github.plain.backgroundColor);
  });
});
