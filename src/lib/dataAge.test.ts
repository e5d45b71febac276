import {describe, expect, it} from 'vitest';
import {ageText, monthsBetween} from './dataAge';

describe('data age', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween('2026-08-02', '2026-12-02')).toBe(4);
    expect(monthsBetween('2026-08-02', '2026-12-01')).toBe(3);
    expect(monthsBetween('2025-12-31', '2026-01-31')).toBe(1);
  });
  it('says it in words', () => {
    expect(ageText('2026-08-02', '2026-12-02')).toBe('4 months old');
    expect(ageText('2026-11-02', '2026-12-02')).toBe('1 month old');
    expect(ageText('2026-11-25', '2026-12-02')).toBe('7 days old');
    expect(ageText('2026-12-02', '2026-12-02')).toBe('from today');
    expect(ageText('2023-12-02', '2026-12-02')).toBe('3 years old');
    expect(ageText('2027-01-01', '2026-12-02')).toBe('dated in the future');
    expect(ageText('yesterday', '2026-12-02')).toBe('age unknown');
  });
});
