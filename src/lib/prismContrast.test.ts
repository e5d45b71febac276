import {describe, it, expect} from 'vitest';
import {themes} from 'prism-react-renderer';
import {contrastRatio, ensureContrast, parseColor, withContrast} from './prismContrast';

describe('contrast helpers', () => {
  it('parses colours and computes WCAG ratios', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('tomato')).toBeNull();
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
  });

  it('moves a too-light colour until it passes, and leaves passing colours alone', () => {
    expect(contrastRatio('#36acaa', '#f6f8fa')).toBeLessThan(4.5);
    const fixed = ensureContrast('#36acaa', '#f6f8fa', 4.6);
    expect(fixed).not.toBe('#36acaa');
    expect(contrastRatio(fixed, '#f6f8fa')).toBeGreaterThanOrEqual(4.6);
    expect(ensureContrast('#000000', '#ffffff', 4.6)).toBe('#000000');
    expect(contrastRatio(ensureContrast('#555555', '#1e1e1e', 4.6), '#1e1e1e')).toBeGreaterThanOrEqual(4.6);
  });
});

describe('the site’s code themes', () => {
  for (const [name, theme] of [
    ['github', themes.github],
    ['vsDark', themes.vsDark],
  ] as const) {
    it(`${name}: every token colour reaches 4.5:1 after withContrast`, () => {
      const before = theme.styles.filter((s) => s.style.color && contrastRatio(s.style.color, theme.plain.backgroundColor!) < 4.5);
      const t = withContrast(theme);
      const bg = t.plain.backgroundColor!;
      expect(contrastRatio(t.plain.color!, bg)).toBeGreaterThanOrEqual(4.5);
      for (const s of t.styles) {
        if (s.style.color) expect(contrastRatio(s.style.color, bg), s.types.join(',')).toBeGreaterThanOrEqual(4.5);
      }
      if (name === 'github') expect(before.length).toBeGreaterThan(0);
    });
  }
});
